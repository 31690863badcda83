package io.breadthflow.store;

/** {@link NotificationStore} over JDBC; the SQL is common to DuckDB and PostgreSQL. */
final class JdbcNotificationStore implements NotificationStore {
  private final ConnectionSource connections;
  private final Object writeLock;

  JdbcNotificationStore(ConnectionSource connections, Object writeLock) {
    this.connections = connections;
    this.writeLock = writeLock;
  }

  @Override
  public long enqueue(java.util.List<io.breadthflow.core.rule.RuleFiring> firings) {
    throw new UnsupportedOperationException("notifications: being built (#17)");
  }
}
