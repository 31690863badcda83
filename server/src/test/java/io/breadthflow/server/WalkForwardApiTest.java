package io.breadthflow.server;

import static org.assertj.core.api.Assertions.assertThat;
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

/** Walk-forward optimisations over HTTP: token required, validated, result readable when done. */
@ParameterizedClass(name = "{0}")
@ValueSource(strings = {"duckdb", "postgresql"})
class WalkForwardApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String VALID =
      "{\"strategy\":\"sma-cross\",\"symbols\":[\"AAPL\",\"MSFT\"],\"grid\":\"fast=5..15:5,slow=30|60\","
          + "\"train\":\"6m\",\"test\":\"3m\",\"start_date\":\"2023-01-03\",\"end_date\":\"2023-12-29\"}";

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
        double close = 100 + 20 * Math.sin(t / 25.0 + symbol.length()) + t * 0.02;
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
  void aWalkForwardRunsInTheBackgroundAndItsWindowsCurveAndDsrAreReadable() throws Exception {
    HttpResponse<String> started = post(VALID.replace("}", ",\"mode\":\"anchored\"}"), token);

    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    long id = JSON.readTree(started.body()).get("id").asLong();
    await()
        .until(
            () ->
                !get("/api/backtests/walk-forward/" + id).get("status").asText().equals("RUNNING"));
    JsonNode done = get("/api/backtests/walk-forward/" + id);
    assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("SUCCEEDED");
    assertThat(done.at("/result/windows")).hasSize(2);
    assertThat(done.at("/result/windows/1/train_start").asText()).isEqualTo("2023-01-03");
    assertThat(done.at("/result/equity_curve/0/date").asText()).isEqualTo("2023-07-03");
    assertThat(done.at("/result/deflated_sharpe/trials").asInt()).isEqualTo(12);
    assertThat(done.at("/result/stability/windows").asInt()).isEqualTo(2);
    assertThat(done.at("/request/mode").asText()).isEqualTo("anchored");
    JsonNode list = get("/api/backtests/walk-forward?limit=5").get("walk_forwards");
    assertThat(list).hasSize(1);
    assertThat(list.get(0).get("id").asLong()).isEqualTo(id);
    assertThat(get("/api/backtests").get("backtests")).isEmpty();
  }

  @Test
  void walkForwardsNeedATokenAndValidParameters() throws Exception {
    assertThat(post(VALID, null).statusCode()).isEqualTo(401);
    assertBadRequest(
        VALID.replace("\"6m\"", "\"21y\""), "train must be between 1m and 20y, got 21y");
    assertBadRequest(VALID.replace("\"3m\"", "\"3q\""), "'3q' is not a window length");
    assertBadRequest(VALID.replace("fast=5..15:5", "fast=0"), "fast must be between 1 and 1000");
    assertBadRequest(VALID.replace("}", ",\"mode\":\"sliding\"}"), "mode must be one of");
    assertBadRequest(VALID.replace("}", ",\"parallel\":999}"), "parallel must be between 1 and");
    assertBadRequest(VALID.replace("}", ",\"fast\":5}"), "unknown parameter 'fast'");
    assertBadRequest(
        VALID.replace("\"sma-cross\"", "\"breadth\""), "a grid runs sma-cross or rsi-reversion");
    assertThat(
            http.send(
                    HttpRequest.newBuilder(uri("/api/backtests/walk-forward/424242")).build(),
                    HttpResponse.BodyHandlers.ofString())
                .statusCode())
        .isEqualTo(404);
    assertThat(
            http.send(
                    HttpRequest.newBuilder(uri("/api/backtests/walk-forward/x")).build(),
                    HttpResponse.BodyHandlers.ofString())
                .statusCode())
        .isEqualTo(400);
  }

  private void assertBadRequest(String body, String message) throws Exception {
    HttpResponse<String> response = post(body, token);
    assertThat(response.statusCode()).as(body).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).get("detail").asText()).contains(message);
  }

  private JsonNode get(String path) throws Exception {
    return JSON.readTree(
        http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString())
            .body());
  }

  private HttpResponse<String> post(String body, String bearer) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri("/api/backtests/walk-forward"))
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
