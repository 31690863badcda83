package io.breadthflow.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The store contract on PostgreSQL at {@code BF_TEST_POSTGRES_URL} (default {@code
 * jdbc:postgresql://127.0.0.1:5432/postgres}, user {@code BF_TEST_POSTGRES_USER} or {@code
 * postgres}). Each test creates and drops its own database; where no server answers the tests are
 * reported as skipped with the reason.
 */
class PostgresMarketStoreTest extends MarketStoreContract {
  private static final String ADMIN_URL =
      System.getenv()
          .getOrDefault("BF_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
  private static final String USER =
      System.getenv().getOrDefault("BF_TEST_POSTGRES_USER", "postgres");
  private static final String PASSWORD =
      System.getenv().getOrDefault("BF_TEST_POSTGRES_PASSWORD", "");

  private String database;

  @Override
  protected StoreConfig emptyDatabase() throws SQLException {
    database = "bf_test_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection admin = admin();
        Statement statement = admin.createStatement()) {
      statement.execute("CREATE DATABASE " + database);
    }
    int slash = ADMIN_URL.lastIndexOf('/');
    return new StoreConfig(ADMIN_URL.substring(0, slash + 1) + database, USER, PASSWORD);
  }

  @Override
  protected void dropDatabase() throws SQLException {
    try (Connection admin = admin();
        Statement statement = admin.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }
  }

  private static Connection admin() {
    try {
      return DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
    } catch (SQLException e) {
      System.err.println(
          "*** POSTGRESQL TESTS SKIPPED: no server at " + ADMIN_URL + ": " + e.getMessage());
      assumeTrue(false, "no PostgreSQL at " + ADMIN_URL + ": " + e.getMessage());
      throw new IllegalStateException(e);
    }
  }
}
