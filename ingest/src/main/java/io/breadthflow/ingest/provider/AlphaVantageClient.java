package io.breadthflow.ingest.provider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breadthflow.core.domain.Interval;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Alpha Vantage {@code TIME_SERIES_DAILY} and {@code TIME_SERIES_INTRADAY} ({@code
 * {base}/query?function=…&symbol=…&outputsize=full&apikey=…}). Its per-minute rate-limit reply
 * ({@code "Note"}, sent with HTTP 200) is throttling, treated as an HTTP 429 without {@code
 * Retry-After}: the call waits the backoff, slows the client and tries again (see {@link
 * ResilientHttp}), without using up its retries or counting toward the breaker; {@code
 * "Information"} (daily quota, premium-only) and {@code "Error Message"} replies are per-symbol
 * errors. The API key never appears in messages.
 */
public final class AlphaVantageClient implements HistorySource {
  /** The public endpoint, used when {@code BF_ALPHAVANTAGE_BASE_URL} is not set. */
  public static final String DEFAULT_BASE_URL = "https://www.alphavantage.co";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String baseUrl;
  private final String apiKey;
  private final ResilientHttp http;

  /**
   * @throws ProviderException when no API key is given
   */
  public AlphaVantageClient(String baseUrl, String apiKey, HttpPolicy policy) {
    if (apiKey == null || apiKey.isBlank()) {
      throw new ProviderException("alphavantage needs an API key: set BF_ALPHAVANTAGE_API_KEY");
    }
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.apiKey = apiKey;
    this.http = new ResilientHttp("alphavantage", policy);
  }

  @Override
  public String name() {
    return "alphavantage";
  }

  @Override
  public FetchedHistory fetch(String symbol, Interval interval, LocalDate from, LocalDate to) {
    String function =
        interval == Interval.ONE_DAY
            ? "function=TIME_SERIES_DAILY"
            : "function=TIME_SERIES_INTRADAY&interval=" + avInterval(interval);
    URI uri =
        URI.create(
            baseUrl
                + "/query?"
                + function
                + "&symbol="
                + URLEncoder.encode(symbol, StandardCharsets.UTF_8)
                + "&outputsize=full&apikey="
                + URLEncoder.encode(apiKey, StandardCharsets.UTF_8));
    ResilientHttp.Response response = http.get(uri, AlphaVantageClient::rateLimitNote);
    try {
      if (response.isHtml()) {
        throw new ProviderException(
            "alphavantage " + symbol + ": HTTP " + response.status() + " with an HTML page");
      }
      return AlphaVantageParser.parse(symbol, interval, read(symbol, response.body()), from, to)
          .withThrottling(response.throttling());
    } catch (ProviderException e) {
      throw e.withThrottling(response.throttling());
    }
  }

  private static String rateLimitNote(ResilientHttp.Response response) {
    try {
      JsonNode note = JSON.readTree(response.body()).path("Note");
      return note.isTextual() ? "rate limited: " + note.asText() : null;
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  private static JsonNode read(String symbol, String body) {
    try {
      JsonNode root = JSON.readTree(body);
      if (root == null || !root.isObject()) {
        throw new ProviderException("alphavantage " + symbol + ": reply is not a JSON object");
      }
      return root;
    } catch (JsonProcessingException e) {
      throw new ProviderException(
          "alphavantage " + symbol + ": malformed JSON (" + e.getOriginalMessage() + ")");
    }
  }

  private static String avInterval(Interval interval) {
    return switch (interval) {
      case ONE_MINUTE -> "1min";
      case FIVE_MINUTES -> "5min";
      case FIFTEEN_MINUTES -> "15min";
      case ONE_HOUR -> "60min";
      case ONE_DAY -> throw new IllegalArgumentException("daily is not an intraday interval");
    };
  }
}
