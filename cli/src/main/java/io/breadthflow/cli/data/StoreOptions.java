package io.breadthflow.cli.data;

import io.breadthflow.cli.UsageException;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.MarketStores;
import io.breadthflow.store.StoreConfig;
import io.breadthflow.store.StoreException;
import picocli.CommandLine.Option;

/** The {@code --store} option every data command shares, and opening the store it names. */
public final class StoreOptions {
  @Option(
      names = "--store",
      paramLabel = "JDBC_URL",
      description =
          "Store URL: jdbc:duckdb:PATH or jdbc:postgresql://HOST:PORT/DB (default: BF_STORE_URL,"
              + " else "
              + StoreConfig.DEFAULT_URL
              + ").")
  private String url;

  /** The configured store URL (the option, else {@code BF_STORE_URL}, else the default). */
  public String url() {
    try {
      return StoreConfig.fromEnvironment(System.getenv(), url).url();
    } catch (IllegalArgumentException e) {
      throw new UsageException("cannot open store: " + e.getMessage());
    }
  }

  /** The configured store: URL and credentials. */
  public StoreConfig config() {
    try {
      return StoreConfig.fromEnvironment(System.getenv(), url);
    } catch (IllegalArgumentException e) {
      throw new UsageException("cannot open store: " + e.getMessage());
    }
  }

  /** Opens and migrates the configured store; a bad URL or an unreachable server is bad input. */
  public MarketStore open() {
    try {
      return MarketStores.open(StoreConfig.fromEnvironment(System.getenv(), url));
    } catch (IllegalArgumentException | StoreException e) {
      throw new UsageException("cannot open store: " + e.getMessage());
    }
  }
}
