package io.breadthflow.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/**
 * The profile and watchlist contract on PostgreSQL, each test on its own database; and what happens
 * when another server takes a list's name between this one's look and its insert.
 */
class PostgresProfileAndWatchlistStoreTest extends ProfileAndWatchlistStoreContract {
  private PostgresTestDatabase database;
  private StoreConfig config;

  @Override
  protected StoreConfig emptyDatabase() throws SQLException {
    database = new PostgresTestDatabase();
    config = database.create();
    return config;
  }

  @Override
  protected void dropDatabase() throws SQLException {
    database.drop();
  }

  @Test
  void aNameAnotherServerTakesMeanwhileIsStillTheTypedConflict() throws Exception {
    try (Connection other = otherServer()) {
      insertUncommitted(other, "Tech");
      CompletableFuture<Watchlist> created =
          CompletableFuture.supplyAsync(() -> store.watchlists().create(alice, "Tech"));
      awaitBlockedOnTheOtherServer();
      other.commit();

      assertThat(created)
          .failsWithin(Duration.ofSeconds(10))
          .withThrowableOfType(ExecutionException.class)
          .withCauseInstanceOf(DuplicateWatchlistException.class);
    }
    assertThat(store.watchlists().listsOf(alice)).hasSize(1);
  }

  @Test
  void aDefaultListAnotherServerCreatesMeanwhileIsTheOneFound() throws Exception {
    long theirs;
    try (Connection other = otherServer()) {
      theirs = insertUncommitted(other, WatchlistStore.DEFAULT_NAME);
      CompletableFuture<Watchlist> found =
          CompletableFuture.supplyAsync(() -> store.watchlists().defaultList(alice));
      awaitBlockedOnTheOtherServer();
      other.commit();

      assertThat(found.get().id()).isEqualTo(theirs);
    }
    assertThat(store.watchlists().listsOf(alice)).hasSize(1);
  }

  private Connection otherServer() throws SQLException {
    Connection connection =
        DriverManager.getConnection(config.url(), config.user(), config.password());
    connection.setAutoCommit(false);
    return connection;
  }

  private long insertUncommitted(Connection connection, String name) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO watchlists (user_id, name, position, created_at)"
                + " VALUES (?, ?, 0, now()) RETURNING id")) {
      insert.setLong(1, alice);
      insert.setString(2, name);
      try (ResultSet rows = insert.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  /** Waits until a session of this database waits for a lock (this store's insert). */
  private void awaitBlockedOnTheOtherServer() {
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> {
              try (Connection probe =
                      DriverManager.getConnection(config.url(), config.user(), config.password());
                  Statement statement = probe.createStatement();
                  ResultSet rows =
                      statement.executeQuery(
                          "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                              + " AND wait_event_type = 'Lock'")) {
                rows.next();
                return rows.getLong(1) > 0;
              }
            });
  }
}
