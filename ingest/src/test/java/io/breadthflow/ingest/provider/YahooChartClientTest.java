package io.breadthflow.ingest.provider;

import static io.breadthflow.ingest.provider.LocalHttpServer.Reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.CorporateAction;
import io.breadthflow.core.domain.Interval;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Yahoo chart client against a local server speaking Yahoo's format, faults included. */
class YahooChartClientTest {
  private static final String AAPL = LocalHttpServer.resource("yahoo_daily_AAPL.json");
  private static final LocalDate FROM = LocalDate.of(2024, 1, 2);
  private static final LocalDate TO = LocalDate.of(2024, 1, 8);
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-02-01T20:00:00Z"), ZoneOffset.UTC);
  private static final HttpPolicy FAST =
      new HttpPolicy(
          Duration.ofMillis(300),
          new HttpPolicy.Retry(3, Duration.ofMillis(10)),
          new HttpPolicy.Breaker(4, 4, Duration.ofSeconds(60)),
          100);

  private final LocalHttpServer server = new LocalHttpServer();
  private final YahooChartClient client = new YahooChartClient(server.baseUrl(), FAST, CLOCK);

  @AfterEach
  void stop() {
    server.close();
    HostBreakers.forget(java.net.URI.create(server.baseUrl()));
  }

  @Test
  void dailyReplyBecomesBarsSkippingNullRowsWithDividendsAndSplits() {
    server.then(Reply.json(200, AAPL));

    FetchedHistory history = client.fetch("AAPL", Interval.ONE_DAY, FROM, TO);

    assertThat(history.bars())
        .extracting(Bar::sessionDate)
        .containsExactly(
            LocalDate.of(2024, 1, 2),
            LocalDate.of(2024, 1, 3),
            LocalDate.of(2024, 1, 4),
            LocalDate.of(2024, 1, 8));
    assertThat(history.bars().get(0).close()).isEqualTo(185.63999938964844);
    assertThat(history.bars().get(0).volume()).isEqualTo(82488700);
    assertThat(history.skippedRows()).isEqualTo(1);
    assertThat(history.actions())
        .containsExactlyInAnyOrder(
            new CorporateAction(
                "AAPL", LocalDate.of(2024, 2, 9), CorporateAction.Kind.DIVIDEND, 0.24),
            new CorporateAction("AAPL", LocalDate.of(2020, 8, 31), CorporateAction.Kind.SPLIT, 4));
    assertThat(server.requests().get(0))
        .isEqualTo(
            "/v8/finance/chart/AAPL?period1=1704171600&period2=1704776400&interval=1d"
                + "&events=div%2Csplits");
  }

  @Test
  void tooManyRequestsWithoutRetryAfterWaitsTheBackoffThenSucceeds() {
    server.then(Reply.tooManyRequests(null)).then(Reply.json(200, AAPL));

    FetchedHistory history = client.fetch("AAPL", Interval.ONE_DAY, FROM, TO);

    assertThat(history.bars()).hasSize(4);
    assertThat(history.throttling().times()).isEqualTo(1);
    assertThat(history.throttling().waited()).isPositive().isLessThan(Duration.ofMillis(100));
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void serverErrorsOpenTheCircuitBreakerWhichThenStopsCalling() {
    server.otherwise(uri -> Reply.json(500, "{}"));

    assertThatThrownBy(() -> client.fetch("AAPL", Interval.ONE_DAY, FROM, TO))
        .isInstanceOf(ProviderException.class)
        .hasMessageContaining("yahoo answered HTTP 500 (gave up after 3 attempts)");
    assertThatThrownBy(() -> client.fetch("MSFT", Interval.ONE_DAY, FROM, TO))
        .hasMessageContaining("circuit breaker is open");
    int calls = server.requests().size();
    assertThatThrownBy(() -> client.fetch("XOM", Interval.ONE_DAY, FROM, TO))
        .hasMessageContaining("circuit breaker is open");

    assertThat(server.requests()).hasSize(calls);
    assertThat(calls).isEqualTo(4);
  }

  @Test
  void slowAnswerPastTheTimeoutFailsAfterRetries() {
    server.otherwise(uri -> new Reply(200, "application/json", AAPL, 1_500));

    assertThatThrownBy(() -> client.fetch("AAPL", Interval.ONE_DAY, FROM, TO))
        .hasMessage("yahoo did not answer within 300 ms (gave up after 3 attempts)");
  }

  @Test
  void truncatedJsonHtmlPagesAndProviderErrorsAreClearPerSymbolErrors() {
    server
        .then(Reply.json(200, AAPL.substring(0, AAPL.length() / 2)))
        .then(new Reply(200, "text/html", "<!DOCTYPE html><html><body>Oops</body></html>", 0))
        .then(Reply.json(404, LocalHttpServer.resource("yahoo_not_found.json")));

    assertThatThrownBy(() -> client.fetch("AAPL", Interval.ONE_DAY, FROM, TO))
        .hasMessageStartingWith("yahoo AAPL: malformed JSON");
    assertThatThrownBy(() -> client.fetch("AAPL", Interval.ONE_DAY, FROM, TO))
        .hasMessage("yahoo AAPL: HTTP 200 with an HTML page instead of data");
    assertThatThrownBy(() -> client.fetch("NOPE", Interval.ONE_DAY, FROM, TO))
        .hasMessage("yahoo NOPE: Not Found: No data found, symbol may be delisted");
  }

  @Test
  void intradayRequestsOutsideYahooLimitsAreRefusedWithoutCalling() {
    assertThatThrownBy(
            () ->
                client.fetch(
                    "AAPL",
                    Interval.ONE_MINUTE,
                    LocalDate.of(2023, 11, 1),
                    LocalDate.of(2023, 11, 3)))
        .hasMessageContaining("1m bars reach back 30 days");
    assertThatThrownBy(
            () ->
                client.fetch(
                    "AAPL",
                    Interval.ONE_MINUTE,
                    LocalDate.of(2024, 1, 20),
                    LocalDate.of(2024, 1, 31)))
        .hasMessageContaining("1m requests span 7 days");
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void breakerStaysClosedWhileCallsSucceed() {
    server.otherwise(uri -> Reply.json(200, AAPL));
    ResilientHttp http = new ResilientHttp("yahoo", FAST);

    java.net.URI uri = java.net.URI.create(server.baseUrl() + "/v8/finance/chart/AAPL");
    for (int i = 0; i < 6; i++) {
      http.get(uri);
    }

    assertThat(http.breakerState(uri)).isEqualTo(CircuitBreaker.State.CLOSED);
  }
}
