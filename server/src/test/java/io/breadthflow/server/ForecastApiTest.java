package io.breadthflow.server;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code GET /api/stocks/{symbol}/forecast}: made from stored history, stored, validated. */
@ParameterizedClass(name = "{0}")
@ValueSource(strings = {"duckdb", "postgresql"})
class ForecastApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Parameter String engine;
  @TempDir Path dir;
  private TestStore testStore;
  private MarketStore store;
  private ApiServer server;
  private List<LocalDate> sessions;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    testStore = new TestStore(engine, dir);
    store = testStore.store();
    sessions = NyseCalendar.tradingDays(LocalDate.of(2023, 1, 3), LocalDate.of(2023, 12, 29));
    List<Bar> bars = new ArrayList<>();
    Random random = new Random(7);
    double close = 150;
    for (LocalDate session : sessions) {
      close *= Math.exp(0.0005 + 0.012 * random.nextGaussian());
      bars.add(Bar.daily("AAPL", session, close, close + 1, close - 1, close, 1_000));
    }
    for (LocalDate session : sessions.subList(0, 20)) {
      bars.add(Bar.daily("NEW", session, 10, 11, 9, 10, 1_000));
    }
    store.upsertBars(bars);
    server = testStore.serve(1_000);
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
    testStore.close();
  }

  @Test
  void theForecastOfTheNextSessionsHasBothIntervalsAndIsStored() throws Exception {
    HttpResponse<String> response =
        get("/api/stocks/aapl/forecast?horizon=3&model=arima:0,1,1%2Bc");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode forecast = JSON.readTree(response.body());
    assertThat(forecast.get("symbol").asText()).isEqualTo("AAPL");
    assertThat(forecast.get("origin").asText()).isEqualTo("2023-12-29");
    assertThat(forecast.get("method").asText()).isEqualTo("arima:0,1,1+c");
    assertThat(forecast.get("model").asText()).isEqualTo("ARIMA(0,1,1) with drift");
    assertThat(forecast.get("observations").asInt()).isEqualTo(sessions.size());
    JsonNode steps = forecast.get("steps");
    assertThat(steps).hasSize(3);
    assertThat(steps.get(0).get("date").asText()).isEqualTo("2024-01-02");
    for (JsonNode step : steps) {
      assertThat(step.get("lower95").asDouble()).isLessThan(step.get("lower80").asDouble());
      assertThat(step.get("lower80").asDouble()).isLessThan(step.get("mean").asDouble());
      assertThat(step.get("mean").asDouble()).isLessThan(step.get("upper80").asDouble());
      assertThat(step.get("upper80").asDouble()).isLessThan(step.get("upper95").asDouble());
    }
    assertThat(
            store
                .forecasts()
                .latest("AAPL", io.breadthflow.core.domain.Interval.ONE_DAY, "arima:0,1,1+c"))
        .isPresent();
  }

  @Test
  void theDefaultIsAutomaticArimaFiveSessionsAhead() throws Exception {
    JsonNode forecast = JSON.readTree(get("/api/stocks/AAPL/forecast").body());

    assertThat(forecast.get("method").asText()).isEqualTo("auto");
    assertThat(forecast.get("model").asText()).startsWith("ARIMA(");
    assertThat(forecast.get("steps")).hasSize(5);
  }

  @Test
  void theEvaluationComparesTheModelWithBothBaselinesOverTheOrigins() throws Exception {
    HttpResponse<String> response =
        get("/api/stocks/AAPL/forecast/evaluation?model=arima:0,1,1&horizon=2&from=2023-10-02");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode evaluation = JSON.readTree(response.body());
    assertThat(evaluation.get("first_origin").asText()).isEqualTo("2023-10-02");
    int sessionsFrom = sessions.indexOf(LocalDate.of(2023, 10, 2));
    assertThat(evaluation.get("origins").asInt()).isEqualTo(sessions.size() - sessionsFrom - 2);
    assertThat(evaluation.get("models"))
        .extracting(model -> model.get("role").asText())
        .containsExactly("candidate", "random_walk", "drift");
    assertThat(evaluation.at("/models/1/relative_rmse").asDouble()).isEqualTo(1.0);
    assertThat(evaluation.get("tests")).hasSize(4);
    for (JsonNode test : evaluation.get("tests")) {
      assertThat(test.get("p_value").asDouble()).isBetween(0.0, 1.0);
    }
  }

  @Test
  void badRequestsGetAClearJsonMessage() throws Exception {
    assertError("/api/stocks/AAPL/forecast?horizon=0", 400, "horizon must be between 1 and 60");
    assertError("/api/stocks/AAPL/forecast?horizon=61", 400, "horizon must be between 1 and 60");
    assertError("/api/stocks/AAPL/forecast?horizon=x", 400, "horizon must be a whole number");
    assertError("/api/stocks/AAPL/forecast?model=prophet", 400, "model must be auto");
    assertError("/api/stocks/AAPL/forecast?model=arima:1,3,0", 400, "d must be");
    assertError("/api/stocks/no%20way/forecast", 400, "invalid symbol");
    assertError("/api/stocks/ZZZZ/forecast", 404, "no stored daily bars for ZZZZ");
    assertError(
        "/api/stocks/NEW/forecast", 404, "NEW has 20 stored closes; a forecast needs at least 50");
    assertError(
        "/api/stocks/AAPL/forecast/evaluation?refit_every=0",
        400,
        "refit_every must be between 1 and 1000");
    assertError(
        "/api/stocks/AAPL/forecast/evaluation?rolling_window=10", 400, "rolling_window must be 0");
    assertError(
        "/api/stocks/AAPL/forecast/evaluation?from=2023-02-01", 404, "the first fit needs 50");
  }

  private void assertError(String path, int status, String message) throws Exception {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(status);
    assertThat(JSON.readTree(response.body()).get("detail").asText()).contains(message);
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("at io.");
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
