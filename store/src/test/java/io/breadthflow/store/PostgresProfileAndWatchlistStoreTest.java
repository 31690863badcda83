package io.breadthflow.store;

import java.sql.SQLException;

/** The profile and watchlist contract on PostgreSQL, each test on its own database. */
class PostgresProfileAndWatchlistStoreTest extends ProfileAndWatchlistStoreContract {
  private PostgresTestDatabase database;

  @Override
  protected StoreConfig emptyDatabase() throws SQLException {
    database = new PostgresTestDatabase();
    return database.create();
  }

  @Override
  protected void dropDatabase() throws SQLException {
    database.drop();
  }
}
