package io.breadthflow.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On a server without TimescaleDB (as on this project's machines) {@code bars} stays a plain table
 * with its BRIN index; with the extension available it would become a hypertable.
 */
class TimescaleHypertableTest {
  private final PostgresTestDatabase database = new PostgresTestDatabase();
  private StoreConfig config;

  @BeforeEach
  void createDatabase() throws Exception {
    config = database.create();
  }

  @AfterEach
  void dropDatabase() throws Exception {
    if (config != null) {
      database.drop();
    }
  }

  @Test
  void barsFollowTheExtensionsAvailability() throws Exception {
    MarketStores.open(config).close();
    try (PostgresConnections connections = new PostgresConnections(config);
        Connection connection = connections.open();
        Statement statement = connection.createStatement()) {
      boolean available =
          exists(statement, "SELECT 1 FROM pg_available_extensions WHERE name = 'timescaledb'");
      boolean hypertable =
          available
              && exists(
                  statement,
                  "SELECT 1 FROM timescaledb_information.hypertables WHERE hypertable_name = 'bars'");
      assertThat(hypertable).isEqualTo(available);
      assertThat(
              exists(
                  statement,
                  "SELECT 1 FROM pg_indexes WHERE tablename = 'bars' AND indexname = 'bars_ts_brin'"))
          .isTrue();
      assertThat(TimescaleHypertable.applyIfAvailable(connections)).isEqualTo(available);
    }
  }

  private static boolean exists(Statement statement, String sql) throws Exception {
    try (ResultSet rows = statement.executeQuery(sql)) {
      return rows.next();
    }
  }
}
