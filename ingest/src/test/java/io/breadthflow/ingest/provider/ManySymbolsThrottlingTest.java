package io.breadthflow.ingest.provider;

import static io.breadthflow.ingest.provider.LocalHttpServer.Reply;
import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.core.domain.Interval;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * 250 symbols, 8 at a time, from a client allowed 10× what the server takes: the server throttles
 * (HTTP 429, {@code Retry-After: 1}) the first burst and then whenever the client outpaces it,
 * until the client has slowed to its rate; every symbol arrives.
 */
class ManySymbolsThrottlingTest {
  private static final String AAPL = LocalHttpServer.resource("yahoo_daily_AAPL.json");
  private static final HttpPolicy FAST =
      new HttpPolicy(
          Duration.ofSeconds(2),
          new HttpPolicy.Retry(3, Duration.ofMillis(10)),
          new HttpPolicy.Breaker(100, 20, Duration.ofSeconds(30)),
          1_000,
          new HttpPolicy.Throttle(
              Duration.ofSeconds(2), Duration.ofSeconds(30), Duration.ofSeconds(60)));

  private final LocalHttpServer server = new LocalHttpServer();

  @AfterEach
  void stop() {
    server.close();
    HostBreakers.forget(URI.create(server.baseUrl()));
  }

  @Test
  @Timeout(60)
  void everySymbolArrivesFromAServerThrottlingAboveItsRate()
      throws InterruptedException, ExecutionException {
    server.throttleAbove(100, 4).otherwise(uri -> Reply.json(200, AAPL));
    YahooChartClient client = new YahooChartClient(server.baseUrl(), FAST, Clock.systemUTC());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<FetchedHistory> histories = new ArrayList<>();
    try {
      List<Future<FetchedHistory>> futures =
          IntStream.rangeClosed(1, 250)
              .mapToObj(i -> String.format("S%03d", i))
              .map(
                  symbol ->
                      pool.submit(
                          () ->
                              client.fetch(
                                  symbol,
                                  Interval.ONE_DAY,
                                  LocalDate.of(2024, 1, 2),
                                  LocalDate.of(2024, 1, 8))))
              .toList();
      for (Future<FetchedHistory> future : futures) {
        histories.add(future.get());
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(histories).hasSize(250).allMatch(h -> h.bars().size() == 4);
    int throttled = histories.stream().mapToInt(h -> h.throttling().times()).sum();
    assertThat(server.throttledRequests()).isPositive();
    assertThat(throttled).isEqualTo(server.throttledRequests());
    assertThat(server.requests()).hasSize(250 + throttled);
    assertThat(HostBreakers.of(URI.create(server.baseUrl()), FAST.breaker()).getState())
        .isEqualTo(CircuitBreaker.State.CLOSED);
  }
}
