package io.breadthflow.store;

/** The database engines BreadthFlow stores data in. */
public enum StoreKind {
  /** Embedded DuckDB file: zero set-up, one process. */
  DUCKDB("jdbc:duckdb:", "classpath:db/migration/duckdb"),
  /** PostgreSQL server: shared, pooled connections. */
  POSTGRESQL("jdbc:postgresql:", "classpath:db/migration/postgresql");

  private final String urlPrefix;
  private final String migrations;

  StoreKind(String urlPrefix, String migrations) {
    this.urlPrefix = urlPrefix;
    this.migrations = migrations;
  }

  /** Flyway location of this engine's migrations. */
  String migrations() {
    return migrations;
  }

  /**
   * The engine a JDBC URL names.
   *
   * @throws IllegalArgumentException for any other URL
   */
  public static StoreKind of(String url) {
    for (StoreKind kind : values()) {
      if (url != null && url.startsWith(kind.urlPrefix)) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "store URL must start with jdbc:duckdb: or jdbc:postgresql: but was '" + url + "'");
  }
}
