package io.breadthflow.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Turns {@code bars} into a TimescaleDB hypertable partitioned by {@code ts} when, and only when,
 * the server offers the extension; otherwise {@code bars} stays a plain table with its BRIN index
 * on {@code ts}. Idempotent: safe on every start.
 */
final class TimescaleHypertable {
  private TimescaleHypertable() {}

  /** Returns true when {@code bars} is (now) a hypertable. */
  static boolean applyIfAvailable(ConnectionSource connections) {
    try (Connection connection = connections.open();
        Statement statement = connection.createStatement()) {
      if (!exists(statement, "SELECT 1 FROM pg_available_extensions WHERE name = 'timescaledb'")) {
        return false;
      }
      statement.execute("CREATE EXTENSION IF NOT EXISTS timescaledb");
      statement.execute(
          "SELECT create_hypertable('bars', 'ts', if_not_exists => TRUE, migrate_data => TRUE)");
      return true;
    } catch (SQLException e) {
      throw new StoreException("creating the TimescaleDB hypertable for bars", e);
    }
  }

  private static boolean exists(Statement statement, String sql) throws SQLException {
    try (ResultSet rows = statement.executeQuery(sql)) {
      return rows.next();
    }
  }
}
