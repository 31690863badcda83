package io.breadthflow.ingest.provider;

import io.breadthflow.core.calendar.NyseCalendar;
import io.breadthflow.core.domain.Interval;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Yahoo Finance chart API: {@code {base}/v8/finance/chart/{symbol}?period1&period2&interval
 * &events=div,splits}. Intraday intervals only within Yahoo's limits (1m: the last 30 days, at most
 * 7 per request; 5m and 15m: the last 60 days; 1h: the last 730 days). HTTP 429 is throttling (see
 * {@link ResilientHttp}); a 404 or Yahoo's error object is the symbol's own failure.
 */
public final class YahooChartClient implements HistorySource {
  /** The public endpoint, used when {@code BF_YAHOO_BASE_URL} is not set. */
  public static final String DEFAULT_BASE_URL = "https://query1.finance.yahoo.com";

  private static final ZoneId NEW_YORK = NyseCalendar.ZONE;

  private final String baseUrl;
  private final ResilientHttp http;
  private final Clock clock;

  public YahooChartClient(String baseUrl, HttpPolicy policy, Clock clock) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.http = new ResilientHttp("yahoo", policy);
    this.clock = clock;
  }

  @Override
  public String name() {
    return "yahoo";
  }

  @Override
  public FetchedHistory fetch(String symbol, Interval interval, LocalDate from, LocalDate to) {
    checkLimits(interval, from, to);
    long period1 = from.atStartOfDay(NEW_YORK).toEpochSecond();
    long period2 = to.plusDays(1).atStartOfDay(NEW_YORK).toEpochSecond();
    URI uri =
        URI.create(
            baseUrl
                + "/v8/finance/chart/"
                + URLEncoder.encode(symbol, StandardCharsets.UTF_8)
                + "?period1="
                + period1
                + "&period2="
                + period2
                + "&interval="
                + interval.code()
                + "&events=div%2Csplits");
    ResilientHttp.Response response = http.get(uri);
    try {
      if (response.isHtml()) {
        throw new ProviderException(
            "yahoo "
                + symbol
                + ": HTTP "
                + response.status()
                + " with an HTML page instead of data");
      }
      return YahooChartParser.parse(symbol, interval, response.body(), from, to)
          .withThrottling(response.throttling());
    } catch (ProviderException e) {
      throw e.withThrottling(response.throttling());
    }
  }

  private void checkLimits(Interval interval, LocalDate from, LocalDate to) {
    LocalDate today = LocalDate.now(clock.withZone(NEW_YORK));
    long back = ChronoUnit.DAYS.between(from, today);
    long span = ChronoUnit.DAYS.between(from, to) + 1;
    String problem =
        switch (interval) {
          case ONE_MINUTE ->
              back > 30
                  ? "1m bars reach back 30 days"
                  : span > 7 ? "1m requests span 7 days" : null;
          case FIVE_MINUTES, FIFTEEN_MINUTES ->
              back > 60 ? interval.code() + " bars reach back 60 days" : null;
          case ONE_HOUR -> back > 730 ? "1h bars reach back 730 days" : null;
          case ONE_DAY -> null;
        };
    if (problem != null) {
      throw new ProviderException("yahoo: " + problem + "; asked " + from + " to " + to);
    }
  }
}
