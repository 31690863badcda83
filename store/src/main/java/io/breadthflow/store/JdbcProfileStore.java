package io.breadthflow.store;

/** {@link ProfileStore} over JDBC; the SQL is common to DuckDB and PostgreSQL. */
final class JdbcProfileStore implements ProfileStore {
  private final ConnectionSource connections;
  private final Object writeLock;

  JdbcProfileStore(ConnectionSource connections, Object writeLock) {
    this.connections = connections;
    this.writeLock = writeLock;
  }

  @Override
  public java.util.Optional<UserProfile> profile(long userId) {
    throw new UnsupportedOperationException("profiles: being built (#17)");
  }
}
