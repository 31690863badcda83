package io.breadthflow.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breadthflow.app.backtest.BacktestRequest;
import io.breadthflow.app.backtest.PortfolioLimits;
import io.breadthflow.app.backtest.StrategySpec;
import io.breadthflow.app.universe.DateRange;
import io.breadthflow.core.alert.Alert;
import io.breadthflow.core.calendar.NyseCalendar;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.ingest.universe.Universes;
import io.breadthflow.store.MarketStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/** What the dashboard needs from the server: its files, alerts, pipeline totals, backtests. */
@ParameterizedClass(name = "{0}")
@ValueSource(strings = {"duckdb", "postgresql"})
class DashboardApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int REQUESTS_PER_MINUTE = 30;

  @Parameter String engine;
  @TempDir Path dir;
  private TestStore testStore;
  private MarketStore store;
  private ApiServer server;
  private String token;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    testStore = new TestStore(engine, dir);
    store = testStore.store();
    server = testStore.serve(REQUESTS_PER_MINUTE);
    token = TestUsers.accessToken(server.port(), "ops");
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
    testStore.close();
  }

  @Test
  void theDashboardIsServedAtTheRootWithItsChartingLibraryAndAStrictScriptPolicy()
      throws Exception {
    HttpResponse<String> index = send("GET", "/", null, null);
    HttpResponse<String> library = send("GET", "/assets/vendor/lightweight-charts.js", null, null);
    HttpResponse<String> live = send("GET", "/assets/lib/live.js", null, null);

    assertThat(index.statusCode()).isEqualTo(200);
    assertThat(index.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(index.body()).contains("<script type=\"module\" src=\"/assets/app.js\">");
    assertThat(index.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("default-src 'self'")
        .doesNotContain("script-src");
    assertThat(library.statusCode()).isEqualTo(200);
    assertThat(library.headers().firstValue("Content-Type").orElseThrow()).contains("javascript");
    assertThat(library.body()).contains("createChart");
    assertThat(live.body()).contains("/ws/live");
  }

  @Test
  void loadingTheDashboardDoesNotCountAgainstTheRateLimitButTheApiDoes() throws Exception {
    for (int i = 0; i < REQUESTS_PER_MINUTE * 2; i++) {
      assertThat(send("GET", "/assets/styles.css", null, null).statusCode()).isEqualTo(200);
    }
    int limited = 0;
    for (int i = 0; i < REQUESTS_PER_MINUTE + 5; i++) {
      limited += send("GET", "/api/pipeline", null, null).statusCode() == 429 ? 1 : 0;
    }

    assertThat(limited).isPositive();
  }

  @Test
  void alertsAreListedNewestFirstAndAcknowledgedWithAToken() throws Exception {
    Instant first = Instant.parse("2024-03-01T15:00:00Z");
    store
        .alerts()
        .save(
            List.of(
                new Alert("AAPL", "1m", first, "rsi_overbought", "warning", "AAPL RSI 75", 75),
                new Alert(
                    "MSFT",
                    "5m",
                    first.plusSeconds(300),
                    "volume_spike",
                    "critical",
                    "MSFT volume 6.1x",
                    6.1)));

    JsonNode alerts = json(send("GET", "/api/alerts", null, null), 200).get("alerts");
    assertThat(alerts.findValuesAsText("symbol")).containsExactly("MSFT", "AAPL");
    JsonNode newest = alerts.get(0);
    assertThat(newest.get("severity").asText()).isEqualTo("critical");
    assertThat(newest.get("time").asText()).isEqualTo("2024-03-01T15:05:00Z");
    assertThat(newest.get("acknowledged").asBoolean()).isFalse();
    long id = newest.get("id").asLong();

    assertError(send("POST", "/api/alerts/" + id + "/acknowledge", "", null), 401, "token");
    JsonNode acknowledged =
        json(send("POST", "/api/alerts/" + id + "/acknowledge", "", token), 200);

    assertThat(acknowledged.get("acknowledged").asBoolean()).isTrue();
    JsonNode open = json(send("GET", "/api/alerts?unacknowledged=true", null, null), 200);
    assertThat(open.get("alerts").findValuesAsText("symbol")).containsExactly("AAPL");
  }

  @Test
  void badAlertRequestsAreRejected() throws Exception {
    assertError(send("POST", "/api/alerts/42/acknowledge", "", token), 404, "no alert with id 42");
    assertError(send("POST", "/api/alerts/x/acknowledge", "", token), 400, "must be a number");
    assertError(send("GET", "/api/alerts?unacknowledged=maybe", null, null), 400, "true or false");
    assertError(send("GET", "/api/alerts?limit=0", null, null), 400, "limit");
  }

  @Test
  void pipelineTotalsAreTheCountersOfTheJobInThisProcess() throws Exception {
    server.pipeline().tradesProcessed(2_500);
    server.pipeline().barsEmitted(40);
    server.pipeline().signalsEmitted(12);
    server.pipeline().alertsRaised(3);

    JsonNode totals = json(send("GET", "/api/pipeline", null, null), 200);

    assertThat(totals.get("trades_processed").asLong()).isEqualTo(2_500);
    assertThat(totals.get("bars_emitted").asLong()).isEqualTo(40);
    assertThat(totals.get("signals_emitted").asLong()).isEqualTo(12);
    assertThat(totals.get("alerts_raised").asLong()).isEqualTo(3);
    assertThat(totals.get("live_clients").asLong()).isZero();
    assertThat(send("GET", "/metrics", null, null).body())
        .contains("breadthflow_signals_total 12.0");
  }

  @Test
  void indicatorsOfAnIntradayIntervalRunOverThatIntervalsBars() throws Exception {
    Instant open = Instant.parse("2024-03-01T14:30:00Z");
    List<Bar> minutes = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      double close = 100 + i;
      minutes.add(
          new Bar(
              "AAPL",
              Interval.ONE_MINUTE,
              open.plusSeconds(60L * i),
              close,
              close + 1,
              close - 1,
              close,
              500,
              close,
              10));
    }
    store.upsertBars(minutes);

    JsonNode body =
        json(
            send(
                "GET",
                "/api/stocks/AAPL/indicators?interval=1m&from=2024-03-01&to=2024-03-01",
                null,
                null),
            200);

    assertThat(body.get("interval").asText()).isEqualTo("1m");
    JsonNode rows = body.get("rows");
    assertThat(rows).hasSize(30);
    JsonNode last = rows.get(29);
    assertThat(last.get("time").asText()).isEqualTo("2024-03-01T14:59:00Z");
    assertThat(last.get("sma_20").asDouble()).isEqualTo(119.5);
    assertThat(rows.get(0).get("sma_20").isNull()).isTrue();
  }

  @Test
  void aBacktestStartedInProcessIsReadLikeOneStartedOverHttp() throws Exception {
    List<Bar> bars = new ArrayList<>();
    List<LocalDate> sessions =
        NyseCalendar.tradingDays(LocalDate.of(2023, 1, 3), LocalDate.of(2023, 12, 29));
    for (int t = 0; t < sessions.size(); t++) {
      double close = 100 + 10 * Math.sin(t / 15.0);
      bars.add(Bar.daily("AAPL", sessions.get(t), close, close + 1, close - 1, close, 1_000));
    }
    store.upsertBars(bars);

    long id =
        testStore
            .application()
            .backtests()
            .submit(
                new BacktestRequest(
                    Universes.of(List.of("AAPL")),
                    new DateRange(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 12, 29)),
                    new StrategySpec.SmaCross(5, 20),
                    PortfolioLimits.defaults(),
                    Optional.empty()),
                Runnable::run,
                "test");

    await()
        .until(
            () ->
                !json(send("GET", "/api/backtests/" + id, null, null), 200)
                    .get("status")
                    .asText()
                    .equals("RUNNING"));
    JsonNode done = json(send("GET", "/api/backtests/" + id, null, null), 200);
    assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("SUCCEEDED");
    assertThat(done.at("/result/equity_curve/0/date").asText()).isEqualTo("2023-03-01");
  }

  private static void assertError(HttpResponse<String> response, int status, String message)
      throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(JSON.readTree(response.body()).get("detail").asText()).contains(message);
  }

  private static JsonNode json(HttpResponse<String> response, int status) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return JSON.readTree(response.body());
  }

  private HttpResponse<String> send(String method, String path, String body, String bearer)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
