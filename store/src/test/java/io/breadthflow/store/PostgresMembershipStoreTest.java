package io.breadthflow.store;

import java.sql.SQLException;

/** The membership contract on PostgreSQL, each test on its own database. */
class PostgresMembershipStoreTest extends MembershipStoreContract {
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
