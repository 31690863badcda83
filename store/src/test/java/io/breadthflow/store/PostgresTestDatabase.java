package io.breadthflow.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A new, empty PostgreSQL database on the server at {@code BF_TEST_POSTGRES_URL} (default {@code
 * jdbc:postgresql://127.0.0.1:5432/postgres}, user {@code BF_TEST_POSTGRES_USER} or {@code
 * postgres}), dropped by {@link #drop}. Where no server answers, the calling test is reported as
 * skipped with the reason.
 */
public final class PostgresTestDatabase {
  private static final String ADMIN_URL =
      System.getenv()
          .getOrDefault("BF_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
  private static final String USER =
      System.getenv().getOrDefault("BF_TEST_POSTGRES_USER", "postgres");
  private static final String PASSWORD =
      System.getenv().getOrDefault("BF_TEST_POSTGRES_PASSWORD", "");

  private final String name = "bf_test_" + UUID.randomUUID().toString().replace("-", "");

  /** Creates the database and returns a store config for it. */
  public StoreConfig create() throws SQLException {
    execute("CREATE DATABASE " + name);
    return new StoreConfig(
        ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + name, USER, PASSWORD);
  }

  /** Drops the database, closing any connection still open to it. */
  public void drop() throws SQLException {
    execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }

  private static void execute(String sql) throws SQLException {
    Connection admin;
    try {
      admin = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
    } catch (SQLException e) {
      System.err.println(
          "*** POSTGRESQL TESTS SKIPPED: no server at " + ADMIN_URL + ": " + e.getMessage());
      assumeTrue(false, "no PostgreSQL at " + ADMIN_URL + ": " + e.getMessage());
      return;
    }
    try (admin;
        Statement statement = admin.createStatement()) {
      statement.execute(sql);
    }
  }
}
