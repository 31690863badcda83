package io.breadthflow.store;

import java.util.Map;
import java.util.Objects;

/**
 * Where the store lives: a JDBC URL and, for PostgreSQL, the credentials.
 *
 * @param url {@code jdbc:duckdb:PATH} or {@code jdbc:postgresql://HOST:PORT/DB}
 * @param user PostgreSQL user, empty for DuckDB or trust authentication
 * @param password PostgreSQL password, empty when none
 */
public record StoreConfig(String url, String user, String password) {
  /** The default embedded store. */
  public static final String DEFAULT_URL = "jdbc:duckdb:./data/breadthflow.duckdb";

  public StoreConfig {
    if (StoreKind.of(url) == StoreKind.POSTGRESQL
        && !url.matches("jdbc:postgresql://[^/:?]+(:\\d{1,5})?/[^/?\\s]+(\\?.*)?")) {
      throw new IllegalArgumentException(
          "a PostgreSQL store URL names a host and a database: jdbc:postgresql://HOST[:PORT]/DB");
    }
    user = Objects.requireNonNullElse(user, "");
    password = Objects.requireNonNullElse(password, "");
  }

  /** The engine the URL names. */
  public StoreKind kind() {
    return StoreKind.of(url);
  }

  /**
   * Reads {@code BF_STORE_URL} (default {@link #DEFAULT_URL}), {@code BF_STORE_USER} and {@code
   * BF_STORE_PASSWORD}; {@code urlOverride} (a {@code --store} option) wins when not null.
   */
  public static StoreConfig fromEnvironment(Map<String, String> env, String urlOverride) {
    String url = urlOverride != null ? urlOverride : env.getOrDefault("BF_STORE_URL", DEFAULT_URL);
    return new StoreConfig(url, env.get("BF_STORE_USER"), env.get("BF_STORE_PASSWORD"));
  }

  @Override
  public String toString() {
    return "StoreConfig[url="
        + url
        + ", user="
        + user
        + ", password="
        + (password.isEmpty() ? "" : "***")
        + "]";
  }
}
