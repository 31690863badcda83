package io.breadthflow.server;

import io.breadthflow.store.MarketStore;
import io.breadthflow.store.MarketStores;
import io.breadthflow.store.PostgresTestDatabase;
import io.breadthflow.store.StoreConfig;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * A fresh store on the named engine for a server test: DuckDB in a temporary folder, or a new
 * PostgreSQL database dropped on close (skipped where no server answers).
 */
final class TestStore implements AutoCloseable {
  private final PostgresTestDatabase postgres;
  private final MarketStore store;

  TestStore(String engine, Path dir) throws SQLException {
    if (engine.equals("duckdb")) {
      postgres = null;
      store =
          MarketStores.open(new StoreConfig("jdbc:duckdb:" + dir.resolve("test.duckdb"), "", ""));
    } else if (engine.equals("postgresql")) {
      postgres = new PostgresTestDatabase();
      store = MarketStores.open(postgres.create());
    } else {
      throw new IllegalArgumentException("unknown engine " + engine);
    }
  }

  MarketStore store() {
    return store;
  }

  @Override
  public void close() throws SQLException {
    store.close();
    if (postgres != null) {
      postgres.drop();
    }
  }
}
