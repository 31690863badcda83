package io.breadthflow.store;

import io.breadthflow.core.domain.Bar;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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
          BarRows.append(appender, bar);
        }
      }
      long changed = statement.executeUpdate(BarLoader.mergeSql("bars_staging"));
      statement.execute("DELETE FROM bars_staging");
      return changed;
    }
  }
}
