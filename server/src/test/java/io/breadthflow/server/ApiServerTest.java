package io.breadthflow.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breadthflow.core.calendar.NyseCalendar;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.live.LiveEvent;
import io.breadthflow.core.signal.Signal;
import io.breadthflow.core.signal.SignalAction;
import io.breadthflow.core.signal.SignalComponent;
import io.breadthflow.server.health.ComponentHealth;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.RunStatus;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/** The API over real HTTP against a store on each engine. */
@ParameterizedClass(name = "{0}")
@ValueSource(strings = {"duckdb", "postgresql"})
class ApiServerTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-03-01T21:00:00Z"), ZoneOffset.UTC);
  private static final ObjectMapper JSON = new ObjectMapper();
  static final byte[] SECRET =
      "test-secret-test-secret-test-secret!".getBytes(java.nio.charset.StandardCharsets.UTF_8);

  @Parameter String engine;
  @TempDir Path dir;
  private TestStore testStore;
  private MarketStore store;
  private ApiServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    testStore = new TestStore(engine, dir, CLOCK);
    store = testStore.store();
    List<Bar> bars = new ArrayList<>();
    List<LocalDate> sessions =
        NyseCalendar.tradingDays(LocalDate.of(2023, 1, 3), LocalDate.of(2024, 2, 29));
    String[] symbols = {"AAPL", "MSFT", "GOOGL", "AMZN"};
    for (int s = 0; s < symbols.length; s++) {
      for (int t = 0; t < sessions.size(); t++) {
        double close = 100 + s * 10 + Math.sin(t / 7.0 + s) * 5 + t * 0.05;
        bars.add(
            Bar.daily(symbols[s], sessions.get(t), close, close + 1, close - 1, close, 1000 + t));
      }
    }
    store.upsertBars(bars);
    store.upsertSignals(
        List.of(
            new Signal(
                "AAPL",
                LocalDate.of(2024, 2, 29),
                "composite",
                0.5,
                SignalAction.BUY,
                0.4,
                List.of(new SignalComponent("trend", 0.8, 0.3, "close +2.0% vs SMA50"))),
            new Signal(
                "MSFT",
                LocalDate.of(2024, 2, 29),
                "composite",
                -0.1,
                SignalAction.HOLD,
                0.5,
                List.of())));
    long run = store.startRun("data import", "--input x", "test/1/0");
    store.finishRun(run, RunStatus.SUCCEEDED, "", "{}");
    server = testStore.serve(1_000);
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
    testStore.close();
  }

  @Test
  void healthReportsTheStoreUp() throws Exception {
    JsonNode health = getJson("/health", 200);

    assertThat(health.get("status").asText()).isEqualTo("up");
    assertThat(health.at("/components/store/status").asText()).isEqualTo("up");
    assertThat(health.at("/components/stream/status").asText()).isEqualTo("idle");
  }

  @Test
  void aComponentOtherThanTheStoreThatIsDownDegradesTheServerWithItsDetail() throws Exception {
    server.health("kafka", () -> ComponentHealth.down("no broker answers"));
    server.health("stream", () -> ComponentHealth.up("running · 1,000 trades"));

    JsonNode health = getJson("/health", 200);

    assertThat(health.get("status").asText()).isEqualTo("degraded");
    assertThat(health.at("/components/kafka/detail").asText()).isEqualTo("no broker answers");
    assertThat(health.at("/components/stream/status").asText()).isEqualTo("up");
    assertThat(health.at("/components/store/status").asText()).isEqualTo("up");
  }

  @Test
  void latestAndHistoryServeStoredBarsInSnakeCaseWithIsoDates() throws Exception {
    JsonNode latest = getJson("/api/stocks/aapl/latest", 200);
    JsonNode history = getJson("/api/stocks/MSFT/history?from=2024-02-01&to=2024-02-29", 200);

    assertThat(latest.get("session").asText()).isEqualTo("2024-02-29");
    assertThat(latest.get("start").asText()).isEqualTo("2024-02-29T14:30:00Z");
    assertThat(latest.get("vwap").isNull()).isTrue();
    assertThat(history.get("bars")).hasSize(20);
    assertThat(history.get("interval").asText()).isEqualTo("1d");
  }

  @Test
  void breadthOfABuiltInUniverseHasTheDocumentedColumns() throws Exception {
    JsonNode breadth =
        getJson("/api/breadth?universe=demo_small&from=2024-02-01&to=2024-02-29", 200);

    JsonNode row = breadth.get("rows").get(0);
    assertThat(breadth.get("symbols").asInt()).isEqualTo(4);
    assertThat(breadth.get("rows")).hasSize(20);
    assertThat(row.get("date").asText()).isEqualTo("2024-02-01");
    assertThat(row.fieldNames())
        .toIterable()
        .containsExactly(
            "date",
            "advancers",
            "decliners",
            "unchanged",
            "net_advances",
            "ad_line",
            "ad_ratio",
            "up_volume",
            "down_volume",
            "trin",
            "mcclellan_osc",
            "mcclellan_sum",
            "pct_above_sma50",
            "pct_above_sma200",
            "new_highs_52w",
            "new_lows_52w",
            "zbt_ema10",
            "zbt_thrust");
    assertThat(
            row.get("advancers").asInt()
                + row.get("decliners").asInt()
                + row.get("unchanged").asInt())
        .isEqualTo(4);
  }

  @Test
  void indicatorsMoversAndTrendingDeriveFromTheStoredBars() throws Exception {
    JsonNode indicators = getJson("/api/stocks/AAPL/indicators?from=2024-02-01&to=2024-02-29", 200);
    JsonNode movers = getJson("/api/stocks/movers?limit=2", 200);
    JsonNode trending = getJson("/api/stocks/trending?limit=3", 200);

    JsonNode first = indicators.get("rows").get(0);
    assertThat(indicators.get("rows")).hasSize(20);
    assertThat(first.get("date").asText()).isEqualTo("2024-02-01");
    assertThat(first.get("rsi_14").isNumber()).as("warm on the first day").isTrue();
    assertThat(movers.get("session").asText()).isEqualTo("2024-02-29");
    assertThat(movers.get("gainers")).hasSize(2);
    double top = movers.at("/gainers/0/value").asDouble();
    double bottom = movers.at("/losers/0/value").asDouble();
    assertThat(top).isGreaterThanOrEqualTo(movers.at("/gainers/1/value").asDouble());
    assertThat(bottom).isLessThanOrEqualTo(top);
    assertThat(trending.get("trending")).hasSize(3);
    assertThat(trending.at("/trending/0/volume_ratio").asDouble()).isGreaterThan(1.0);
  }

  @Test
  void signalsAreFilteredBySymbolAndAction() throws Exception {
    JsonNode buys = getJson("/api/signals?action=buy", 200).get("signals");
    JsonNode msft = getJson("/api/signals?symbol=MSFT", 200).get("signals");

    assertThat(buys).hasSize(1);
    assertThat(buys.get(0).get("symbol").asText()).isEqualTo("AAPL");
    assertThat(buys.get(0).at("/reasons/0/detail").asText()).isEqualTo("close +2.0% vs SMA50");
    assertThat(msft.get(0).get("action").asText()).isEqualTo("HOLD");
  }

  @Test
  void runsAndSummaryDescribeThePipeline() throws Exception {
    JsonNode runs = getJson("/api/runs", 200).get("runs");
    JsonNode summary = getJson("/api/summary", 200);

    assertThat(runs.get(0).get("command").asText()).isEqualTo("data import");
    assertThat(getJson("/api/runs/" + runs.get(0).get("id").asLong(), 200).get("status").asText())
        .isEqualTo("SUCCEEDED");
    assertThat(summary.get("total_runs").asInt()).isEqualTo(1);
    assertThat(summary.get("success_rate").asDouble()).isEqualTo(1.0);
  }

  @Test
  void badParametersAreRejectedWithJsonErrors() throws Exception {
    assertError("/api/stocks/not%20valid/latest", 400, "invalid symbol");
    assertError("/api/stocks/AAPL/history?from=2024-13-01", 400, "from must be a date YYYY-MM-DD");
    assertError("/api/stocks/AAPL/history?from=2024-02-01&to=2024-01-01", 400, "is before from");
    assertError("/api/stocks/AAPL/history?interval=2m", 400, "2m");
    assertError("/api/breadth?universe=../../etc/passwd", 400, "universe must be one of");
    assertError("/api/signals?action=SHORT", 400, "action must be BUY, SELL or HOLD");
    assertError("/api/runs?limit=0", 400, "limit must be between 1 and 1000");
    assertError("/api/runs/x", 400, "run id must be a number");
    assertError("/api/runs/999", 404, "no pipeline run with id 999");
    assertError("/api/stocks/NVDA/latest", 404, "no stored bars for NVDA");
    assertError("/api/nothing", 404, "no such resource");
  }

  @Test
  void clientsOverTheirRateAreToldToRetryLater() throws Exception {
    try (ApiServer limited = testStore.serve(3)) {
      for (int i = 0; i < 3; i++) {
        assertThat(get(limited, "/health").statusCode()).isEqualTo(200);
      }
      HttpResponse<String> refused = get(limited, "/health");

      assertThat(refused.statusCode()).isEqualTo(429);
      assertThat(refused.headers().firstValue("Retry-After"))
          .hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
      assertThat(JSON.readTree(refused.body()).get("detail").asText())
          .startsWith("rate limit exceeded");
    }
  }

  @Test
  void metricsExposeRequestLatencyHistogramsAndPipelineGauges() throws Exception {
    getJson("/health", 200);

    HttpResponse<String> metrics = get(server, "/metrics");

    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body())
        .contains("http_server_requests_seconds_bucket{")
        .contains("route=\"/health\"")
        .contains("breadthflow_bars_stored")
        .contains("jvm_memory_used_bytes");
  }

  @Test
  void metricsCountPipelineWorkLiveEventsAndRunDurations() throws Exception {
    server.pipeline().tradesProcessed(1_500);
    server.pipeline().tradesQuarantined(3);
    server.pipeline().alertsRaised(2);
    server.live().publish(new LiveEvent("alerts", "AAPL", Map.of("rule", "rsi_overbought")));
    long run = store.startRun("signals generate", "--symbols AAPL", "test/1/0");
    store.finishRun(run, RunStatus.FAILED, "no data", "{}");

    String first = get(server, "/metrics").body();
    String second = get(server, "/metrics").body();

    assertThat(first)
        .contains("breadthflow_trades_processed_total 1500.0")
        .contains("breadthflow_trades_quarantined_total 3.0")
        .contains("breadthflow_alerts_total 2.0")
        .contains("breadthflow_live_events_total{channel=\"alerts\"} 1.0")
        .contains(
            "breadthflow_run_duration_seconds_count{command=\"signals generate\",status=\"failed\"} 1")
        .contains(
            "breadthflow_run_duration_seconds_count{command=\"data import\",status=\"succeeded\"} 1");
    assertThat(second)
        .as("each run is recorded once")
        .contains(
            "breadthflow_run_duration_seconds_count{command=\"signals generate\",status=\"failed\"} 1");
  }

  @Test
  void openApiDocumentDescribesEveryRegisteredRoute() throws Exception {
    JsonNode doc = getJson("/openapi.json", 200);

    assertThat(doc.get("openapi").asText()).startsWith("3.");
    for (var route : server.routes()) {
      JsonNode operation =
          doc.at(
              "/paths/"
                  + route.path().replace("/", "~1")
                  + "/"
                  + route.method().name().toLowerCase());
      assertThat(operation.isMissingNode()).as(route.path()).isFalse();
      for (String query : route.queryParameters()) {
        assertThat(operation.get("parameters").findValuesAsText("name")).contains(query);
      }
    }
    assertThat(doc.at("/paths/~1api~1stocks~1{symbol}~1latest/get/parameters/0/in").asText())
        .isEqualTo("path");
    assertThat(doc.get("paths").size())
        .isEqualTo(server.routes().stream().map(r -> r.path()).distinct().count());
  }

  private void assertError(String path, int status, String message) throws Exception {
    HttpResponse<String> response = get(server, path);
    assertThat(response.statusCode()).as(path).isEqualTo(status);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("status").asInt()).isEqualTo(status);
    assertThat(body.get("detail").asText()).as(path).contains(message);
    assertThat(body.get("error").asText()).isNotBlank();
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
  }

  private JsonNode getJson(String path, int status) throws Exception {
    HttpResponse<String> response = get(server, path);
    assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(status);
    return JSON.readTree(response.body());
  }

  private HttpResponse<String> get(ApiServer target, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + target.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
