package io.breadthflow.cli;

import io.breadthflow.app.Application;
import io.breadthflow.app.config.Configuration;
import io.breadthflow.store.StoreConfig;
import picocli.CommandLine.Option;

/**
 * The {@code --store} option every command that works on the store shares, over the product's
 * {@link Configuration} (file, environment, system properties).
 */
public final class AppOptions {
  @Option(
      names = "--store",
      paramLabel = "JDBC_URL",
      description =
          "Store URL: jdbc:duckdb:PATH or jdbc:postgresql://HOST:PORT/DB (default: BF_STORE_URL,"
              + " else "
              + StoreConfig.DEFAULT_URL
              + ").")
  private String url;

  /** The configuration with this command's flags applied. */
  public Configuration configuration() {
    return Configuration.load().with("BF_STORE_URL", url);
  }

  /** Opens the application on the configured store, creating it if needed. */
  public Application open() {
    return Application.open(configuration());
  }

  /** Opens the application on a store that exists (for commands that only read). */
  public Application openExisting() {
    return Application.openExisting(configuration());
  }
}
