package io.breadthflow.store;

/** {@link RuleStore} over JDBC; the SQL is common to DuckDB and PostgreSQL. */
final class JdbcRuleStore implements RuleStore {
  private final ConnectionSource connections;
  private final Object writeLock;

  JdbcRuleStore(ConnectionSource connections, Object writeLock) {
    this.connections = connections;
    this.writeLock = writeLock;
  }
}
