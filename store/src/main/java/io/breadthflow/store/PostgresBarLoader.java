package io.breadthflow.store;

import io.breadthflow.core.domain.Bar;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import org.postgresql.PGConnection;

/** PostgreSQL bulk path: {@code COPY} into a temporary staging table, then one merge. */
final class PostgresBarLoader implements BarLoader {

  @Override
  public long load(Connection connection, Collection<Bar> bars) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TEMP TABLE IF NOT EXISTS bars_staging (LIKE bars) ON COMMIT DELETE ROWS");
      try {
        connection
            .unwrap(PGConnection.class)
            .getCopyAPI()
            .copyIn("COPY bars_staging FROM STDIN (FORMAT csv)", new StringReader(csv(bars)));
      } catch (IOException e) {
        throw new SQLException("COPY into bars_staging failed", e);
      }
      return statement.executeUpdate(BarLoader.mergeSql("bars_staging"));
    }
  }

  /** The bars as CSV rows in the column order of {@code bars}; absent values as empty cells. */
  static String csv(Collection<Bar> bars) {
    StringBuilder csv = new StringBuilder(bars.size() * 96);
    for (Bar bar : bars) {
      csv.append('"').append(bar.symbol().replace("\"", "\"\"")).append("\",");
      csv.append(bar.interval().code()).append(',');
      csv.append(LocalDateTime.ofInstant(bar.start(), ZoneOffset.UTC)).append(',');
      csv.append(bar.sessionDate()).append(',');
      csv.append(bar.open()).append(',');
      csv.append(bar.high()).append(',');
      csv.append(bar.low()).append(',');
      csv.append(bar.close()).append(',');
      csv.append(bar.volume()).append(',');
      if (bar.hasVwap()) {
        csv.append(bar.vwap());
      }
      csv.append(',');
      if (bar.hasTradeCount()) {
        csv.append(bar.tradeCount());
      }
      csv.append('\n');
    }
    return csv.toString();
  }
}
