package io.breadthflow.app.support;

import io.breadthflow.app.Application;
import io.breadthflow.app.config.Configuration;
import io.breadthflow.store.PostgresTestDatabase;
import io.breadthflow.store.StoreConfig;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;

/**
 * A fresh application on the named engine for an app test: {@code duckdb} in a temporary folder, or
 * {@code postgresql} on a new database dropped on close (skipped where no server answers).
 */
public final class EngineApplication implements AutoCloseable {
  /** The engines every store-backed service test runs on. */
  public static final String[] ENGINES = {"duckdb", "postgresql"};

  private final PostgresTestDatabase postgres;
  private final Application application;

  public EngineApplication(String engine, Path dir, Clock clock) throws SQLException {
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
    application =
        Application.open(
            Configuration.of(
                Map.of(
                    "BF_STORE_URL", config.url(),
                    "BF_STORE_USER", config.user(),
                    "BF_STORE_PASSWORD", config.password())),
            clock);
  }

  public Application application() {
    return application;
  }

  @Override
  public void close() throws SQLException {
    application.close();
    if (postgres != null) {
      postgres.drop();
    }
  }
}
