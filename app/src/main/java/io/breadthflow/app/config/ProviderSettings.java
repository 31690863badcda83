package io.breadthflow.app.config;

import io.breadthflow.app.UseCaseException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where the market-data providers are and their keys. URLs are checked here (absolute, http(s) or
 * ws(s)); keys may be empty (a provider that needs one then refuses to start).
 *
 * @param yahooBaseUrl Yahoo chart API base
 * @param alphaVantageBaseUrl Alpha Vantage base
 * @param alphaVantageApiKey Alpha Vantage key, empty when none
 * @param finnhubUrl Finnhub trade WebSocket
 * @param finnhubApiKey Finnhub token, empty when none
 */
public record ProviderSettings(
    String yahooBaseUrl,
    String alphaVantageBaseUrl,
    String alphaVantageApiKey,
    String finnhubUrl,
    String finnhubApiKey) {

  public ProviderSettings {
    checkUrl("yahoo base URL", yahooBaseUrl, "http");
    checkUrl("Alpha Vantage base URL", alphaVantageBaseUrl, "http");
    checkUrl("Finnhub WebSocket URL", finnhubUrl, "ws");
    alphaVantageApiKey = alphaVantageApiKey == null ? "" : alphaVantageApiKey;
    finnhubApiKey = finnhubApiKey == null ? "" : finnhubApiKey;
  }

  /** The providers' public endpoints, without keys. */
  public static ProviderSettings defaults() {
    return new ProviderSettings(
        "https://query1.finance.yahoo.com",
        "https://www.alphavantage.co",
        "",
        "wss://ws.finnhub.io",
        "");
  }

  /** The settings in the {@code BF_*} form the ingest clients read. */
  public Map<String, String> environment() {
    Map<String, String> env = new HashMap<>();
    env.put("BF_YAHOO_BASE_URL", yahooBaseUrl);
    env.put("BF_ALPHAVANTAGE_BASE_URL", alphaVantageBaseUrl);
    env.put("BF_FINNHUB_WS_URL", finnhubUrl);
    if (!alphaVantageApiKey.isEmpty()) {
      env.put("BF_ALPHAVANTAGE_API_KEY", alphaVantageApiKey);
    }
    if (!finnhubApiKey.isEmpty()) {
      env.put("BF_FINNHUB_API_KEY", finnhubApiKey);
    }
    return env;
  }

  @Override
  public String toString() {
    return "ProviderSettings[yahoo="
        + yahooBaseUrl
        + ", alphavantage="
        + alphaVantageBaseUrl
        + ", finnhub="
        + finnhubUrl
        + "]";
  }

  private static void checkUrl(String what, String url, String scheme) {
    try {
      URI uri = new URI(url);
      String given = uri.getScheme();
      if (!uri.isAbsolute()
          || uri.getHost() == null
          || given == null
          || !(given.equals(scheme) || given.equals(scheme + "s"))) {
        throw new URISyntaxException(url, "expected " + scheme + "(s)://HOST…");
      }
    } catch (URISyntaxException | NullPointerException e) {
      throw UseCaseException.invalid(
          "the " + what + " must be an absolute " + scheme + "(s) URL, got '" + url + "'");
    }
  }
}
