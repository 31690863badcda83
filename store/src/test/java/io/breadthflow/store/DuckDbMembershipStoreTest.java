package io.breadthflow.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The membership contract on an embedded DuckDB file. */
class DuckDbMembershipStoreTest extends MembershipStoreContract {
  @TempDir Path dir;

  @Override
  protected StoreConfig emptyDatabase() {
    return new StoreConfig("jdbc:duckdb:" + dir.resolve("store/test.duckdb"), "", "");
  }
}
