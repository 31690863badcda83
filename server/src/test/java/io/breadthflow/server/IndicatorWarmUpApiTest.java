package io.breadthflow.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.breadthflow.core.calendar.NyseCalendar;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.indicator.DailyIndicatorSet;
import io.breadthflow.core.indicator.Seeding;
import io.breadthflow.core.indicator.WarmUp;
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

/**
 * {@code GET /api/stocks/{symbol}/indicators}: each column's first stable session ({@code
 * stable_from}) and the {@code convention} parameter.
 */
@ParameterizedClass(name = "{0}")
@ValueSource(strings = {"duckdb", "postgresql"})
class IndicatorWarmUpApiTest {
  @Parameter String engine;
  @TempDir Path dir;
  private TestStore testStore;
  private ApiServer server;
  private TestApi api;
  private List<LocalDate> sessions;

  @BeforeEach
  void start() throws Exception {
    testStore = new TestStore(engine, dir);
    sessions = NyseCalendar.tradingDays(LocalDate.of(2023, 1, 3), LocalDate.of(2023, 12, 29));
    List<Bar> bars = new ArrayList<>();
    Random random = new Random(3);
    double close = 80;
    for (LocalDate session : sessions) {
      close *= Math.exp(0.012 * random.nextGaussian());
      bars.add(Bar.daily("AAPL", session, close, close + 1, close - 1, close, 1_000));
    }
    testStore.store().upsertBars(bars);
    server = testStore.serve(1_000);
    api = new TestApi(server.port());
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
    testStore.close();
  }

  @Test
  void everyColumnNamesTheSessionOfItsFirstStableBar() throws Exception {
    JsonNode body =
        api.json(
            200, "GET", "/api/stocks/AAPL/indicators?from=2023-06-01&to=2023-12-29", null, null);

    assertThat(body.get("convention").asText()).isEqualTo("ta-lib");
    assertThat(body.get("tolerance").asDouble()).isEqualTo(WarmUp.DEFAULT_TOLERANCE);
    JsonNode stable = body.get("stable_from");
    List<WarmUp> warmUps = new DailyIndicatorSet().warmUps(WarmUp.DEFAULT_TOLERANCE);
    for (int c = 0; c < warmUps.size(); c++) {
      String column = DailyIndicatorSet.COLUMNS.get(c);
      WarmUp warmUp = warmUps.get(c);
      if (warmUp.isCumulative()) {
        assertThat(stable.get(column).isNull()).as(column).isTrue();
      } else {
        assertThat(stable.get(column).asText())
            .as(column)
            .isEqualTo(NyseCalendar.regularOpen(sessions.get(warmUp.stableFrom())).toString());
      }
    }
    assertThat(body.get("cumulative").get(0).asText()).isEqualTo("obv");
    assertThat(stable.get("sma_20").asText()).startsWith("2023-01-31T");
  }

  @Test
  void tradingViewConventionSeedsTheEmaWithTheFirstClose() throws Exception {
    JsonNode body =
        api.json(
            200,
            "GET",
            "/api/stocks/AAPL/indicators?from=2023-01-03&to=2023-12-29&convention=tradingview",
            null,
            null);

    assertThat(body.get("convention").asText()).isEqualTo("tradingview");
    JsonNode first = body.get("rows").get(0);
    assertThat(first.get("ema_20").asDouble()).isEqualTo(first.get("close").asDouble());
    int stableBar = new DailyIndicatorSet(Seeding.TRADINGVIEW).warmUps(1e-6).get(1).stableFrom();
    assertThat(body.at("/stable_from/ema_20").asText())
        .isEqualTo(body.get("rows").get(stableBar).get("time").asText());
  }

  @Test
  void breadthNamesEachColumnsFirstStableSession() throws Exception {
    JsonNode body =
        api.json(
            200, "GET", "/api/breadth?universe=sp100&from=2023-11-01&to=2023-12-29", null, null);

    assertThat(body.at("/stable_from/advancers").asText()).isEqualTo(sessions.get(1).toString());
    assertThat(body.at("/stable_from/pct_above_sma200").asText())
        .isEqualTo(sessions.get(199).toString());
    assertThat(body.at("/stable_from/mcclellan_osc").isNull())
        .as("309 sessions not stored")
        .isTrue();
    assertThat(body.get("cumulative").toString()).isEqualTo("[\"ad_line\",\"mcclellan_sum\"]");
  }

  @Test
  void anUnknownConventionIsABadRequestNamingTheChoices() throws Exception {
    HttpResponse<String> response =
        api.call("GET", "/api/stocks/AAPL/indicators?convention=excel", null, null);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(TestApi.parse(response.body()).get("detail").asText())
        .isEqualTo("convention must be ta-lib or tradingview");
  }
}
