package io.breadthflow.store;

import java.sql.SQLException;

/** The store contract on PostgreSQL; each test gets its own database (see PostgresTestDatabase). */
class PostgresMarketStoreTest extends MarketStoreContract {
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
