package io.breadthflow.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Keeps {@code daily_summary} (bars, first and last session per symbol) equal to what a scan of the
 * daily bars would say: after each upsert, the touched symbols are recounted from {@code bars} (an
 * index range per symbol) inside the upsert's transaction.
 */
final class DailySummaryTable {
  private static final int CHUNK = 1_000;

  private DailySummaryTable() {}

  /** Recounts {@code symbols} inside the caller's transaction. */
  static void refresh(Connection connection, Collection<String> symbols) throws SQLException {
    List<String> all = new ArrayList<>(symbols);
    for (int from = 0; from < all.size(); from += CHUNK) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
      String placeholders = String.join(", ", Collections.nCopies(chunk.size(), "?"));
      String sql =
          "INSERT INTO daily_summary SELECT symbol, count(*), min(session_date),"
              + " max(session_date) FROM bars WHERE bar_interval = '1d' AND symbol IN ("
              + placeholders
              + ") GROUP BY symbol ON CONFLICT (symbol) DO UPDATE SET bars = excluded.bars,"
              + " first_session = excluded.first_session, last_session = excluded.last_session";
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        for (int i = 0; i < chunk.size(); i++) {
          statement.setString(i + 1, chunk.get(i));
        }
        statement.executeUpdate();
      }
    }
  }
}
