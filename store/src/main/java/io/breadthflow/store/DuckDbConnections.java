package io.breadthflow.store;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.duckdb.DuckDBConnection;

/**
 * Connections to one DuckDB database: a root connection opened once, and a duplicate of it for
 * every user (DuckDB's way of sharing one database between threads of one process). Also a {@link
 * DataSource} for Flyway, so migrations run on the same database even when it is in memory.
 */
final class DuckDbConnections implements ConnectionSource, DataSource {
  private final DuckDBConnection root;

  private DuckDbConnections(DuckDBConnection root) {
    this.root = root;
  }

  static DuckDbConnections open(String url) {
    String path = url.substring("jdbc:duckdb:".length());
    int query = path.indexOf('?');
    String file = query < 0 ? path : path.substring(0, query);
    try {
      if (!file.isEmpty() && !file.startsWith(":memory:")) {
        Path parent = Path.of(file).toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
      }
      return new DuckDbConnections(DriverManager.getConnection(url).unwrap(DuckDBConnection.class));
    } catch (SQLException | IOException e) {
      throw new StoreException("opening DuckDB at " + url, e);
    }
  }

  @Override
  public Connection open() throws SQLException {
    return root.duplicate();
  }

  @Override
  public Connection getConnection() throws SQLException {
    return open();
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return open();
  }

  @Override
  public void close() {
    try {
      root.close();
    } catch (SQLException e) {
      throw new StoreException("closing DuckDB", e);
    }
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {}

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("no parent logger");
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return false;
  }
}
