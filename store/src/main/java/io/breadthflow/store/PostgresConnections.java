package io.breadthflow.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Pooled PostgreSQL connections (HikariCP). */
final class PostgresConnections implements ConnectionSource {
  private final HikariDataSource pool;

  PostgresConnections(StoreConfig config) {
    HikariConfig hikari = new HikariConfig();
    hikari.setJdbcUrl(config.url());
    if (!config.user().isEmpty()) {
      hikari.setUsername(config.user());
    }
    if (!config.password().isEmpty()) {
      hikari.setPassword(config.password());
    }
    hikari.setMaximumPoolSize(8);
    hikari.setConnectionTimeout(10_000);
    hikari.setPoolName("breadthflow-store");
    try {
      this.pool = new HikariDataSource(hikari);
    } catch (RuntimeException e) {
      throw new StoreException("connecting to " + config.url(), e);
    }
  }

  DataSource dataSource() {
    return pool;
  }

  @Override
  public Connection open() throws SQLException {
    return pool.getConnection();
  }

  @Override
  public void close() {
    pool.close();
  }
}
