package io.breadthflow.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The rule store contract on an embedded DuckDB file. */
class DuckDbRuleStoreTest extends RuleStoreContract {
  @TempDir Path dir;

  @Override
  protected StoreConfig emptyDatabase() {
    return new StoreConfig("jdbc:duckdb:" + dir.resolve("rules.duckdb"), "", "");
  }
}
