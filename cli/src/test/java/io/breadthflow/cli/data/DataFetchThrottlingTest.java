package io.breadthflow.cli.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.app.data.FetchMode;
import io.breadthflow.app.data.FetchReport;
import io.breadthflow.app.data.FetchRequest;
import io.breadthflow.app.data.FetchService;
import io.breadthflow.app.data.Provider;
import io.breadthflow.app.data.SourceChoice;
import io.breadthflow.app.data.SymbolFetch;
import io.breadthflow.app.run.Progress;
import io.breadthflow.app.run.RunRecorder;
import io.breadthflow.app.universe.DateRange;
import io.breadthflow.cli.ExitCodes;
import io.breadthflow.cli.support.CliRun;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.ingest.provider.HttpPolicy;
import io.breadthflow.ingest.provider.LocalHttpServer;
import io.breadthflow.ingest.provider.LocalHttpServer.Reply;
import io.breadthflow.ingest.provider.ResilientHttp;
import io.breadthflow.ingest.provider.YahooChartClient;
import io.breadthflow.ingest.universe.Universes;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.MarketStores;
import io.breadthflow.store.StoreConfig;
import io.breadthflow.store.SymbolSummary;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bf data fetch} against a Yahoo that throttles (issue #15): HTTP 429 is waited for, never
 * opens the circuit breaker, and the report tells who was throttled and how long it waited.
 */
class DataFetchThrottlingTest {
  private static final String AAPL = LocalHttpServer.resource("yahoo_daily_AAPL.json");
  private static final String NOT_FOUND = LocalHttpServer.resource("yahoo_not_found.json");

  @TempDir Path dir;
  private String store;

  @BeforeEach
  void newStore() {
    store = "jdbc:duckdb:" + dir.resolve("throttled.duckdb");
  }

  @AfterEach
  void forgetProviderSettings() {
    System.clearProperty("BF_YAHOO_BASE_URL");
  }

  @Test
  @Timeout(30)
  void firstRequestOfEverySymbolThrottledStoresAllButTheUnknownOne() {
    try (LocalHttpServer yahoo = new LocalHttpServer()) {
      Set<String> seen = ConcurrentHashMap.newKeySet();
      yahoo.otherwise(
          uri -> {
            String symbol = symbolOf(uri);
            if (seen.add(symbol)) {
              return Reply.tooManyRequests("1");
            }
            return symbol.equals("ZZZZ") ? Reply.json(404, NOT_FOUND) : Reply.json(200, AAPL);
          });
      System.setProperty("BF_YAHOO_BASE_URL", yahoo.baseUrl());

      CliRun run =
          CliRun.of(
              "data",
              "fetch",
              "--symbols",
              "AAPL,MSFT,JPM,ZZZZ",
              "--start-date",
              "2024-01-02",
              "--end-date",
              "2024-01-08",
              "--source",
              "yahoo",
              "--store",
              store);

      assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.PARTIAL_FAILURE);
      assertThat(run.out())
          .contains("symbol      bars  written skipped   throttled status     error")
          .contains("AAPL           4        4       1   1 (1.0 s) ok")
          .contains("MSFT           4        4       1   1 (1.0 s) ok")
          .contains("JPM            4        4       1   1 (1.0 s) ok")
          .contains(
              "ZZZZ           0        0       0   1 (1.0 s) failed     yahoo ZZZZ: Not Found:"
                  + " No data found, symbol may be delisted")
          .contains("4 symbols: 3 ok, 0 up to date, 1 failed; 12 bars written")
          .contains("4 symbols throttled, waited 4.0 s in all")
          .doesNotContain("circuit breaker");
      assertThat(yahoo.requests()).hasSize(8);
      URI host = URI.create(yahoo.baseUrl());
      assertThat(new ResilientHttp("yahoo", HttpPolicy.defaults()).breakerState(host))
          .isEqualTo(CircuitBreaker.State.CLOSED);
    }
    try (MarketStore opened = open()) {
      assertThat(opened.dailySummary())
          .extracting(SymbolSummary::symbol)
          .containsExactlyInAnyOrder("AAPL", "MSFT", "JPM");
      assertThat(opened.run(1).counts())
          .contains("\"throttled_symbols\":4")
          .contains("\"symbol\":\"ZZZZ\",\"status\":\"failed\"");
    }
  }

  @Test
  @Timeout(60)
  void fiveHundredSymbolsEightAtATimeAgainstAThrottlingServerAreAllStored() {
    HttpPolicy fast =
        new HttpPolicy(
            Duration.ofSeconds(2),
            new HttpPolicy.Retry(3, Duration.ofMillis(10)),
            new HttpPolicy.Breaker(100, 20, Duration.ofSeconds(30)),
            1_000,
            new HttpPolicy.Throttle(
                Duration.ofSeconds(2), Duration.ofSeconds(30), Duration.ofSeconds(60)));
    List<String> symbols =
        IntStream.rangeClosed(1, 500).mapToObj(i -> String.format("S%03d", i)).toList();
    try (LocalHttpServer yahoo = new LocalHttpServer();
        MarketStore opened = MarketStores.open(new StoreConfig("jdbc:duckdb:", "", ""))) {
      // the store takes most of the time (one write transaction per symbol): past the first burst
      // of 8 the fetch rarely outpaces 100/s; ManySymbolsThrottlingTest (ingest) keeps it busy
      yahoo.throttleAbove(100, 4).otherwise(uri -> Reply.json(200, AAPL));
      FetchService fetch =
          new FetchService(
              opened,
              new RunRecorder(opened),
              choice -> new YahooChartClient(yahoo.baseUrl(), fast, Clock.systemUTC()));
      FetchRequest request =
          new FetchRequest(
              Universes.of(symbols),
              new DateRange(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 8)),
              Interval.ONE_DAY,
              SourceChoice.of(Provider.YAHOO),
              8,
              FetchMode.MISSING);

      FetchReport report = fetch.fetch(request, Progress.SILENT).result();

      assertThat(report.symbols()).filteredOn(SymbolFetch::failed).isEmpty();
      assertThat(report.count(SymbolFetch.Status.OK)).isEqualTo(500);
      assertThat(opened.dailySummary()).hasSize(500).allMatch(s -> s.bars() == 4);
      assertThat(yahoo.throttledRequests()).isPositive();
      assertThat(report.throttledReplies()).isEqualTo(yahoo.throttledRequests());
      assertThat(report.throttledSymbols()).isPositive();
      assertThat(report.waited()).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
      assertThat(new ResilientHttp("yahoo", fast).breakerState(URI.create(yahoo.baseUrl())))
          .isEqualTo(CircuitBreaker.State.CLOSED);
    }
  }

  private static String symbolOf(String uri) {
    String path = uri.substring("/v8/finance/chart/".length());
    return path.substring(0, path.indexOf('?'));
  }

  private MarketStore open() {
    return MarketStores.open(new StoreConfig(store, "", ""));
  }
}
