package io.breadthflow.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The notification store contract on an embedded DuckDB file. */
class DuckDbNotificationStoreTest extends NotificationStoreContract {
  @TempDir Path dir;

  @Override
  protected StoreConfig emptyDatabase() {
    return new StoreConfig("jdbc:duckdb:" + dir.resolve("store/test.duckdb"), "", "");
  }
}
