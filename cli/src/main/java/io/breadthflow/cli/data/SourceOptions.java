package io.breadthflow.cli.data;

import io.breadthflow.cli.UsageException;
import io.breadthflow.ingest.provider.HistorySource;
import io.breadthflow.ingest.provider.ProviderException;
import io.breadthflow.ingest.provider.Sources;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * {@code --source yahoo|alphavantage|sim} and {@code --seed}: the provider a command fetches from,
 * configured from the environment (a JVM system property of the same name overrides it).
 */
public final class SourceOptions {
  private static final List<String> SETTINGS =
      List.of("BF_YAHOO_BASE_URL", "BF_ALPHAVANTAGE_BASE_URL", "BF_ALPHAVANTAGE_API_KEY");

  @Option(
      names = "--source",
      defaultValue = "yahoo",
      description = "yahoo, alphavantage or sim (default ${DEFAULT-VALUE}).")
  private String source;

  @Option(names = "--seed", defaultValue = "42", description = "Seed of --source sim.")
  private long seed;

  /** The source's name as given. */
  public String name() {
    return source;
  }

  /** The configured provider; an unknown or unconfigured one is a usage error. */
  public HistorySource provider() {
    Map<String, String> env = new HashMap<>(System.getenv());
    for (String key : SETTINGS) {
      String property = System.getProperty(key);
      if (property != null) {
        env.put(key, property);
      }
    }
    try {
      return Sources.create(source, env, seed);
    } catch (IllegalArgumentException | ProviderException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
