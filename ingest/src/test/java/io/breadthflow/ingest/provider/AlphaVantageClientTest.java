package io.breadthflow.ingest.provider;

import static io.breadthflow.ingest.provider.LocalHttpServer.Reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.Interval;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Alpha Vantage client against a local server speaking its format. */
class AlphaVantageClientTest {
  private static final String IBM = LocalHttpServer.resource("alphavantage_daily_IBM.json");
  private static final LocalDate FROM = LocalDate.of(2024, 1, 2);
  private static final LocalDate TO = LocalDate.of(2024, 1, 5);
  private static final HttpPolicy FAST =
      new HttpPolicy(
          Duration.ofMillis(500),
          new HttpPolicy.Retry(3, Duration.ofMillis(10)),
          new HttpPolicy.Breaker(10, 10, Duration.ofSeconds(60)),
          100);

  private final LocalHttpServer server = new LocalHttpServer();
  private final AlphaVantageClient client =
      new AlphaVantageClient(server.baseUrl(), "secret-key", FAST);

  @AfterEach
  void stop() {
    server.close();
    HostBreakers.forget(java.net.URI.create(server.baseUrl()));
  }

  @Test
  void dailySeriesBecomesBarsOldestFirst() {
    server.then(Reply.json(200, IBM));

    FetchedHistory history = client.fetch("IBM", Interval.ONE_DAY, FROM, TO);

    assertThat(history.bars())
        .extracting(Bar::sessionDate)
        .containsExactly(
            LocalDate.of(2024, 1, 2),
            LocalDate.of(2024, 1, 3),
            LocalDate.of(2024, 1, 4),
            LocalDate.of(2024, 1, 5));
    assertThat(history.bars().get(3).close()).isEqualTo(159.16);
    assertThat(server.requests().get(0))
        .isEqualTo(
            "/query?function=TIME_SERIES_DAILY&symbol=IBM&outputsize=full&apikey=secret-key");
  }

  @Test
  void intradaySeriesUsesEasternTimes() {
    server.then(
        Reply.json(
            200,
            "{\"Meta Data\":{},\"Time Series (5min)\":{\"2024-01-05 10:05:00\":{\"1. open\":\"160.1\","
                + "\"2. high\":\"160.5\",\"3. low\":\"160.0\",\"4. close\":\"160.2\",\"5. volume\":\"1200\"}}}"));

    FetchedHistory history = client.fetch("IBM", Interval.FIVE_MINUTES, FROM, TO);

    assertThat(history.bars().get(0).start()).isEqualTo(Instant.parse("2024-01-05T15:05:00Z"));
    assertThat(server.requests().get(0)).contains("function=TIME_SERIES_INTRADAY&interval=5min");
  }

  @Test
  void rateLimitNoteIsThrottlingAndErrorMessagesAreClear() {
    server
        .then(
            Reply.json(
                200,
                "{\"Note\":\"Thank you for using Alpha Vantage! Our standard API call frequency is 5 calls per minute.\"}"))
        .then(Reply.json(200, IBM))
        .then(
            Reply.json(
                200,
                "{\"Error Message\":\"Invalid API call. Please retry or visit the documentation for TIME_SERIES_DAILY.\"}"))
        .then(
            Reply.json(
                200,
                "{\"Information\":\"Thank you for using Alpha Vantage! Our standard API rate limit is 25 requests per day.\"}"));

    FetchedHistory ibm = client.fetch("IBM", Interval.ONE_DAY, FROM, TO);
    assertThat(ibm.bars()).hasSize(4);
    assertThat(ibm.throttling().times()).isEqualTo(1);
    assertThatThrownBy(() -> client.fetch("NOPE", Interval.ONE_DAY, FROM, TO))
        .hasMessageStartingWith("alphavantage NOPE: Invalid API call.");
    assertThatThrownBy(() -> client.fetch("IBM", Interval.ONE_DAY, FROM, TO))
        .hasMessageContaining("25 requests per day")
        .hasMessageNotContaining("secret-key");
  }

  @Test
  void missingApiKeyIsRefused() {
    assertThatThrownBy(() -> new AlphaVantageClient(server.baseUrl(), " ", FAST))
        .hasMessage("alphavantage needs an API key: set BF_ALPHAVANTAGE_API_KEY");
  }

  @Test
  void badNumbersAreSkippedAndCounted() {
    server.then(
        Reply.json(
            200,
            "{\"Time Series (Daily)\":{\"2024-01-05\":{\"1. open\":\"x\",\"2. high\":\"1\","
                + "\"3. low\":\"1\",\"4. close\":\"1\",\"5. volume\":\"1\"},\"2024-01-04\":{\"1. open\":\"1\","
                + "\"2. high\":\"1\",\"3. low\":\"1\",\"4. close\":\"1\",\"5. volume\":\"1\"}}}"));

    FetchedHistory history = client.fetch("IBM", Interval.ONE_DAY, FROM, TO);

    assertThat(history.bars()).hasSize(1);
    assertThat(history.skippedRows()).isEqualTo(1);
  }
}
