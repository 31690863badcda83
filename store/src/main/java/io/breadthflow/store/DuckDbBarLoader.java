package io.breadthflow.store;

import io.breadthflow.core.domain.Bar;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/** DuckDB bulk path: the native appender into {@code bars_staging}, then one merge. */
final class DuckDbBarLoader implements BarLoader {

  @Override
  public long load(Connection connection, Collection<Bar> bars) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("DELETE FROM bars_staging");
      try (DuckDBAppender appender =
          connection.unwrap(DuckDBConnection.class).createAppender("main", "bars_staging")) {
        for (Bar bar : bars) {
          appender.beginRow();
          appender.append(bar.symbol());
          appender.append(bar.interval().code());
          appender.append(LocalDateTime.ofInstant(bar.start(), ZoneOffset.UTC));
          appender.append(bar.sessionDate());
          appender.append(bar.open());
          appender.append(bar.high());
          appender.append(bar.low());
          appender.append(bar.close());
          appender.append(bar.volume());
          if (bar.hasVwap()) {
            appender.append(bar.vwap());
          } else {
            appender.appendNull();
          }
          if (bar.hasTradeCount()) {
            appender.append(bar.tradeCount());
          } else {
            appender.appendNull();
          }
          appender.endRow();
        }
      }
      long changed = statement.executeUpdate(BarLoader.mergeSql("bars_staging"));
      statement.execute("DELETE FROM bars_staging");
      return changed;
    }
  }
}
