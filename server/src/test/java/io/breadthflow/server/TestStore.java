package io.breadthflow.server;

import io.breadthflow.app.Application;
import io.breadthflow.app.config.ClusterLinks;
import io.breadthflow.app.config.Configuration;
import io.breadthflow.app.config.JwtSecret;
import io.breadthflow.app.config.ReadAccess;
import io.breadthflow.app.config.ServerConfig;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.PostgresTestDatabase;
import io.breadthflow.store.StoreConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A fresh application on the named engine for a server test: DuckDB in a temporary folder, or a new
 * PostgreSQL database dropped on close (skipped where no server answers).
 */
final class TestStore implements AutoCloseable {
  private final PostgresTestDatabase postgres;
  private final Application application;

  TestStore(String engine, Path dir, Clock clock) throws SQLException {
    StoreConfig config;
    if (engine.equals("duckdb")) {
      postgres = null;
      config = new StoreConfig("jdbc:duckdb:" + dir.resolve("test.duckdb"), "", "");
    } else if (engine.equals("postgresql")) {
      postgres = new PostgresTestDatabase();
      config = postgres.create();
    } else {
      throw new IllegalArgumentException("unknown engine " + engine);
    }
    Map<String, String> values = new HashMap<>();
    values.put("BF_STORE_URL", config.url());
    values.put("BF_STORE_USER", config.user());
    values.put("BF_STORE_PASSWORD", config.password());
    application = Application.open(Configuration.of(values), clock);
  }

  TestStore(String engine, Path dir) throws SQLException {
    this(engine, dir, Clock.systemUTC());
  }

  /** The store, to set up fixtures directly. */
  MarketStore store() {
    return application.store();
  }

  Application application() {
    return application;
  }

  /** A server on a free loopback port, {@code perMinute} requests per client, bodies to 1 MiB. */
  ApiServer serve(int perMinute) {
    return ApiServer.start(application, config(perMinute, 1 << 20));
  }

  /** The test servers' settings: loopback, a fixed secret, BCrypt at its cheapest cost. */
  static ServerConfig config(int perMinute, long maxRequestBytes) {
    return new ServerConfig(
        "127.0.0.1",
        0,
        perMinute,
        maxRequestBytes,
        JwtSecret.of(new String(ApiServerTest.SECRET, StandardCharsets.UTF_8)),
        4,
        List.of(),
        ReadAccess.PUBLIC,
        ClusterLinks.NONE);
  }

  @Override
  public void close() throws SQLException {
    application.close();
    if (postgres != null) {
      postgres.drop();
    }
  }
}
