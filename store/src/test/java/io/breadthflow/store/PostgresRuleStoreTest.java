package io.breadthflow.store;

import java.sql.SQLException;

/** The rule store contract on PostgreSQL, each test on its own database. */
class PostgresRuleStoreTest extends RuleStoreContract {
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
