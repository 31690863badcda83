package io.breadthflow.store;

/** {@link WatchlistStore} over JDBC; the SQL is common to DuckDB and PostgreSQL. */
final class JdbcWatchlistStore implements WatchlistStore {
  private final ConnectionSource connections;
  private final Object writeLock;

  JdbcWatchlistStore(ConnectionSource connections, Object writeLock) {
    this.connections = connections;
    this.writeLock = writeLock;
  }

  @Override
  public java.util.List<String> symbolsOf(long watchlistId) {
    throw new UnsupportedOperationException("watchlists: being built (#17)");
  }
}
