package io.breadthflow.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breadthflow.core.calendar.NyseCalendar;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.store.MarketStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/** Asynchronous backtests over HTTP: token required, validated, result readable when done. */
@ParameterizedClass(name = "{0}")
@ValueSource(strings = {"duckdb", "postgresql"})
class BacktestApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();

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
    List<Bar> bars = new ArrayList<>();
    List<LocalDate> sessions =
        NyseCalendar.tradingDays(LocalDate.of(2022, 1, 3), LocalDate.of(2023, 12, 29));
    for (String symbol : List.of("AAPL", "MSFT")) {
      for (int t = 0; t < sessions.size(); t++) {
        double close = 100 + 20 * Math.sin(t / 40.0 + symbol.length()) + t * 0.02;
        bars.add(Bar.daily(symbol, sessions.get(t), close, close + 1, close - 1, close, 1_000));
      }
    }
    store.upsertBars(bars);
    server = testStore.serve(1_000);
    token = TestUsers.accessToken(server.port(), "quant");
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
    testStore.close();
  }

  @Test
  void backtestRunsInTheBackgroundAndItsResultIsReadable() throws Exception {
    HttpResponse<String> started =
        post(
            "/api/backtests",
            "{\"strategy\":\"sma-cross\",\"symbols\":[\"AAPL\",\"MSFT\"],\"fast\":10,\"slow\":30,"
                + "\"start_date\":\"2023-01-03\",\"end_date\":\"2023-12-29\",\"initial_capital\":50000}",
            token);

    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    long id = JSON.readTree(started.body()).get("id").asLong();
    await().until(() -> !status(id).equals("RUNNING"));
    JsonNode done = get("/api/backtests/" + id);
    assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("SUCCEEDED");
    JsonNode curve = done.at("/result/equity_curve");
    assertThat(curve.get(0).get("equity").asDouble()).isEqualTo(50_000);
    assertThat(curve.get(0).get("date").asText()).isEqualTo("2023-01-03");
    double last = curve.get(curve.size() - 1).get("equity").asDouble();
    assertThat(done.at("/result/metrics/total_return").asDouble())
        .isCloseTo(last / 50_000 - 1, within(1e-12));
    assertThat(done.at("/result/metrics/max_drawdown").isNumber()).isTrue();
    assertThat(done.at("/result/trades").size()).isPositive();
  }

  @Test
  void backtestsNeedATokenAndValidParameters() throws Exception {
    String valid =
        "{\"strategy\":\"sma-cross\",\"symbols\":[\"AAPL\"],\"start_date\":\"2023-01-03\","
            + "\"end_date\":\"2023-12-29\"}";
    assertThat(post("/api/backtests", valid, null).statusCode()).isEqualTo(401);
    assertBadRequest("{\"strategy\":\"moon\"}", "strategy must be");
    assertBadRequest(valid.replace("[\"AAPL\"]", "[\"no way\"]"), "invalid symbol");
    assertBadRequest(
        valid.replace("\"2023-01-03\"", "\"2023-13-03\""), "start_date must be a date");
    assertBadRequest(valid.replace("}", ",\"fast\":300}"), "fast (300) must be below slow (200)");
    assertBadRequest(
        valid.replace("}", ",\"slow\":2147483647}"), "slow must be between 2 and 1000");
    assertBadRequest(
        valid.replace("}", ",\"commission_bps\":-1}"), "commission_bps must be between 0 and");
    assertBadRequest(
        valid.replace("}", ",\"initial_capital\":1.7e308}"), "initial_capital must be between");
    assertBadRequest(valid.replace("}", ",\"rm\":1}"), "unknown parameter 'rm'");
    assertBadRequest(
        valid.replace("}", ",\"adjust\":\"dividends\"}"),
        "adjust must be one of raw, split, total-return");
    assertBadRequest(
        valid.replace("\"symbols\":[\"AAPL\"]", "\"universe\":\"/etc\""),
        "universe must be one of");
    assertThat(
            http.send(
                    HttpRequest.newBuilder(uri("/api/backtests/424242")).build(),
                    HttpResponse.BodyHandlers.ofString())
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void backtestWithoutStoredDataFailsWithItsReason() throws Exception {
    HttpResponse<String> started =
        post(
            "/api/backtests",
            "{\"strategy\":\"breadth\",\"symbols\":[\"NVDA\"],\"start_date\":\"2023-01-03\","
                + "\"end_date\":\"2023-12-29\"}",
            token);
    long id = JSON.readTree(started.body()).get("id").asLong();

    await().until(() -> !status(id).equals("RUNNING"));

    JsonNode failed = get("/api/backtests/" + id);
    assertThat(failed.get("status").asText()).isEqualTo("FAILED");
    assertThat(failed.get("error").asText()).contains("no stored daily bars");
  }

  private void assertBadRequest(String body, String message) throws Exception {
    HttpResponse<String> response = post("/api/backtests", body, token);
    assertThat(response.statusCode()).as(body).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).get("detail").asText()).contains(message);
  }

  private String status(long id) throws Exception {
    return get("/api/backtests/" + id).get("status").asText();
  }

  private JsonNode get(String path) throws Exception {
    return JSON.readTree(
        http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString())
            .body());
  }

  private HttpResponse<String> post(String path, String body, String bearer) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }
}
