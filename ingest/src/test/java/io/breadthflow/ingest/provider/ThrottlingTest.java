package io.breadthflow.ingest.provider;

import static io.breadthflow.ingest.provider.LocalHttpServer.Reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breadthflow.core.domain.Interval;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Throttling (HTTP 429, Alpha Vantage's {@code Note}) is waited for, not failed on: it honours
 * {@code Retry-After}, uses none of the retries and never opens the circuit breaker, which opens on
 * 5xx only, per host.
 */
class ThrottlingTest {
  private static final String AAPL = LocalHttpServer.resource("yahoo_daily_AAPL.json");
  private static final String IBM = LocalHttpServer.resource("alphavantage_daily_IBM.json");
  private static final String NOTE =
      "{\"Note\":\"Thank you for using Alpha Vantage! Our standard API call frequency is 5 calls"
          + " per minute.\"}";
  private static final LocalDate FROM = LocalDate.of(2024, 1, 2);
  private static final LocalDate TO = LocalDate.of(2024, 1, 8);
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-02-01T20:00:00Z"), ZoneOffset.UTC);

  /** One attempt only: any retry of a throttled call would have to come from the throttling. */
  private static final HttpPolicy ONE_ATTEMPT =
      new HttpPolicy(
          Duration.ofMillis(500),
          new HttpPolicy.Retry(1, Duration.ofMillis(5)),
          new HttpPolicy.Breaker(4, 4, Duration.ofSeconds(60)),
          200,
          new HttpPolicy.Throttle(
              Duration.ofMillis(50), Duration.ofMillis(120), Duration.ofSeconds(60)));

  private static final HttpPolicy PATIENT =
      new HttpPolicy(
          Duration.ofMillis(500),
          new HttpPolicy.Retry(2, Duration.ofMillis(5)),
          new HttpPolicy.Breaker(4, 4, Duration.ofSeconds(60)),
          200,
          new HttpPolicy.Throttle(
              Duration.ofSeconds(3), Duration.ofSeconds(10), Duration.ofSeconds(60)));

  private final LocalHttpServer server = new LocalHttpServer();
  private final LocalHttpServer other = new LocalHttpServer();

  @AfterEach
  void stop() {
    server.close();
    other.close();
    HostBreakers.forget(URI.create(server.baseUrl()));
    HostBreakers.forget(URI.create(other.baseUrl()));
  }

  @Test
  void retryAfterInSecondsIsWaitedAndThenTheCallSucceeds() {
    server.then(Reply.tooManyRequests("1")).then(Reply.json(200, AAPL));
    YahooChartClient client = new YahooChartClient(server.baseUrl(), PATIENT, CLOCK);

    long start = System.nanoTime();
    FetchedHistory history = client.fetch("AAPL", Interval.ONE_DAY, FROM, TO);
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

    assertThat(history.bars()).hasSize(4);
    assertThat(history.throttling()).isEqualTo(new Throttling(1, Duration.ofSeconds(1)));
    assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void retryAfterAsAnHttpDateIsWaitedUntilThen() {
    String date =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            Instant.now().plusMillis(1_500).atZone(ZoneOffset.UTC));
    server.then(Reply.tooManyRequests(date)).then(Reply.json(200, AAPL));
    YahooChartClient client = new YahooChartClient(server.baseUrl(), PATIENT, CLOCK);

    FetchedHistory history = client.fetch("AAPL", Interval.ONE_DAY, FROM, TO);

    assertThat(history.bars()).hasSize(4);
    assertThat(history.throttling().times()).isEqualTo(1);
    assertThat(history.throttling().waited())
        .isGreaterThan(Duration.ofMillis(400))
        .isLessThanOrEqualTo(Duration.ofMillis(1_500));
  }

  @Test
  void throttledRepliesUseNoneOfTheRetries() {
    server
        .then(Reply.tooManyRequests(null))
        .then(Reply.tooManyRequests("0"))
        .then(Reply.tooManyRequests(null))
        .then(Reply.json(200, AAPL));
    YahooChartClient client = new YahooChartClient(server.baseUrl(), ONE_ATTEMPT, CLOCK);

    FetchedHistory history = client.fetch("AAPL", Interval.ONE_DAY, FROM, TO);

    assertThat(history.bars()).hasSize(4);
    assertThat(history.throttling().times()).isEqualTo(3);
    assertThat(server.requests()).hasSize(4);
  }

  @Test
  void longRetryAfterIsCappedAndACallStillThrottledGivesUpTellingItsWaits() {
    server.otherwise(uri -> Reply.tooManyRequests("3600"));
    YahooChartClient client = new YahooChartClient(server.baseUrl(), ONE_ATTEMPT, CLOCK);

    assertThatThrownBy(() -> client.fetch("AAPL", Interval.ONE_DAY, FROM, TO))
        .isInstanceOfSatisfying(
            ProviderException.class,
            e -> assertThat(e.throttling()).isEqualTo(new Throttling(3, Duration.ofMillis(100))))
        .hasMessage(
            "yahoo answered HTTP 429 (still throttled after 3 replies and 0.1 s of waiting)");
    assertThat(server.requests()).hasSize(3);
  }

  @Test
  void throttlingAndUnknownSymbolsNeverOpenTheBreaker() {
    URI uri = URI.create(server.baseUrl());
    for (int i = 0; i < 8; i++) {
      server.then(Reply.tooManyRequests("0"));
    }
    server.otherwise(
        path ->
            path.contains("/AAPL?")
                ? Reply.json(200, AAPL)
                : Reply.json(404, LocalHttpServer.resource("yahoo_not_found.json")));
    YahooChartClient client = new YahooChartClient(server.baseUrl(), PATIENT, CLOCK);

    assertThat(client.fetch("AAPL", Interval.ONE_DAY, FROM, TO).throttling().times()).isEqualTo(8);
    for (int i = 0; i < 8; i++) {
      assertThatThrownBy(() -> client.fetch("ZZZZ", Interval.ONE_DAY, FROM, TO))
          .hasMessage("yahoo ZZZZ: Not Found: No data found, symbol may be delisted");
    }

    assertThat(HostBreakers.of(uri, PATIENT.breaker()).getState())
        .isEqualTo(CircuitBreaker.State.CLOSED);
    assertThat(client.fetch("AAPL", Interval.ONE_DAY, FROM, TO).bars()).hasSize(4);
  }

  @Test
  void serverErrorsOpenTheBreakerOfThatHostOnlyAndItsOtherClientsShareIt() {
    server.otherwise(uri -> Reply.json(500, "{}"));
    other.otherwise(uri -> Reply.json(200, AAPL));
    YahooChartClient failing = new YahooChartClient(server.baseUrl(), PATIENT, CLOCK);
    YahooChartClient sameHost = new YahooChartClient(server.baseUrl(), PATIENT, CLOCK);
    YahooChartClient otherHost = new YahooChartClient(other.baseUrl(), PATIENT, CLOCK);

    assertThatThrownBy(() -> failing.fetch("AAPL", Interval.ONE_DAY, FROM, TO))
        .hasMessage("yahoo answered HTTP 500 (gave up after 2 attempts)");
    assertThatThrownBy(() -> failing.fetch("MSFT", Interval.ONE_DAY, FROM, TO))
        .hasMessage("yahoo answered HTTP 500 (gave up after 2 attempts)");
    int calls = server.requests().size();
    assertThatThrownBy(() -> sameHost.fetch("JPM", Interval.ONE_DAY, FROM, TO))
        .hasMessageStartingWith(
            "yahoo circuit breaker is open after repeated failures of " + host(server));

    assertThat(server.requests()).hasSize(calls).hasSize(4);
    assertThat(otherHost.fetch("AAPL", Interval.ONE_DAY, FROM, TO).bars()).hasSize(4);
    assertThat(HostBreakers.of(URI.create(other.baseUrl()), PATIENT.breaker()).getState())
        .isEqualTo(CircuitBreaker.State.CLOSED);
  }

  @Test
  void alphaVantageNoteIsThrottlingThatUsesNoneOfTheRetries() {
    server.then(Reply.json(200, NOTE)).then(Reply.json(200, NOTE)).then(Reply.json(200, IBM));
    AlphaVantageClient client = new AlphaVantageClient(server.baseUrl(), "key", ONE_ATTEMPT);

    FetchedHistory history =
        client.fetch("IBM", Interval.ONE_DAY, LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 5));

    assertThat(history.bars()).hasSize(4);
    assertThat(history.throttling().times()).isEqualTo(2);
    assertThat(HostBreakers.of(URI.create(server.baseUrl()), ONE_ATTEMPT.breaker()).getState())
        .isEqualTo(CircuitBreaker.State.CLOSED);
  }

  @Test
  void aThrottledReplyHalvesTheClientsRate() {
    server.then(Reply.tooManyRequests(null)).then(Reply.json(200, AAPL));
    ResilientHttp http = new ResilientHttp("yahoo", ONE_ATTEMPT);

    http.get(URI.create(server.baseUrl() + "/v8/finance/chart/AAPL"));

    assertThat(http.callsPerSecond()).isBetween(100.0, 101.0);
  }

  private static String host(LocalHttpServer server) {
    return server.baseUrl().substring("http://".length());
  }
}
