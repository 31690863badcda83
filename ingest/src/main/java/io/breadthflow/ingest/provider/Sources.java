package io.breadthflow.ingest.provider;

import java.time.Clock;
import java.util.Map;

/**
 * Creates the source a command names, configured from the environment: {@code BF_YAHOO_BASE_URL},
 * {@code BF_ALPHAVANTAGE_BASE_URL}, {@code BF_ALPHAVANTAGE_API_KEY}.
 */
public final class Sources {
  /** Names accepted by {@link #create}. */
  public static final String NAMES = "yahoo, alphavantage or sim";

  private Sources() {}

  /**
   * @throws IllegalArgumentException for an unknown name
   * @throws ProviderException when the source is not configured (e.g. no API key)
   */
  public static HistorySource create(String name, Map<String, String> env, long seed) {
    return switch (name) {
      case "yahoo" ->
          new YahooChartClient(
              env.getOrDefault("BF_YAHOO_BASE_URL", YahooChartClient.DEFAULT_BASE_URL),
              HttpPolicy.defaults(),
              Clock.systemUTC());
      case "alphavantage" ->
          new AlphaVantageClient(
              env.getOrDefault("BF_ALPHAVANTAGE_BASE_URL", AlphaVantageClient.DEFAULT_BASE_URL),
              env.get("BF_ALPHAVANTAGE_API_KEY"),
              HttpPolicy.defaults());
      case "sim" -> new SimulatedSource(seed);
      default -> throw new IllegalArgumentException("unknown source '" + name + "': use " + NAMES);
    };
  }
}
