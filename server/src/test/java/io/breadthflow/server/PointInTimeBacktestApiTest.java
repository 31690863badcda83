package io.breadthflow.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.breadthflow.core.calendar.NyseCalendar;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.store.MemberInterval;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /api/backtests} and {@code POST /api/backtests/walk-forward} with {@code
 * point_in_time}: a stored membership over HTTP.
 */
class PointInTimeBacktestApiTest {
  private static final LocalDate JOIN = LocalDate.of(2023, 6, 1);
  private static final String BODY =
      "{\"strategy\":\"sma-cross\",\"fast\":5,\"slow\":20,\"start_date\":\"2023-01-03\","
          + "\"end_date\":\"2023-12-29\",";
  private static final String WALK_FORWARD =
      "{\"strategy\":\"sma-cross\",\"grid\":\"fast=5|10,slow=20\",\"train\":\"6m\","
          + "\"test\":\"3m\",\"parallel\":1,\"start_date\":\"2022-06-01\","
          + "\"end_date\":\"2023-12-29\",";

  @TempDir Path dir;
  private TestStore testStore;
  private ApiServer server;
  private TestApi api;
  private String token;

  @BeforeEach
  void start() throws Exception {
    testStore = new TestStore("duckdb", dir);
    List<Bar> bars = new ArrayList<>();
    List<LocalDate> sessions =
        NyseCalendar.tradingDays(LocalDate.of(2022, 1, 3), LocalDate.of(2023, 12, 29));
    for (String symbol : List.of("AAPL", "MSFT")) {
      for (int t = 0; t < sessions.size(); t++) {
        double close = 100 + 20 * Math.sin(t / 15.0 + symbol.length()) + t * 0.02;
        bars.add(Bar.daily(symbol, sessions.get(t), close, close + 1, close - 1, close, 1_000));
      }
    }
    testStore.store().upsertBars(bars);
    testStore
        .store()
        .replaceMembership(
            "idx",
            List.of(
                new MemberInterval("AAPL", LocalDate.of(2020, 1, 2), null, ""),
                new MemberInterval("MSFT", JOIN, null, "")));
    server = testStore.serve(1_000);
    api = new TestApi(server.port());
    token = TestUsers.accessToken(server.port(), "quant");
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
    testStore.close();
  }

  @Test
  void aPointInTimeBacktestTradesEachSymbolOnlyWhileAMember() throws Exception {
    long id =
        api.json(202, "POST", "/api/backtests", BODY + "\"point_in_time\":\"idx\"}", token)
            .get("id")
            .asLong();
    await()
        .until(
            () ->
                !api.json(200, "GET", "/api/backtests/" + id, null, token)
                    .get("status")
                    .asText()
                    .equals("RUNNING"));
    JsonNode done = api.json(200, "GET", "/api/backtests/" + id, null, token);

    assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("SUCCEEDED");
    JsonNode trades = done.at("/result/trades");
    assertThat(trades.size()).isPositive();
    List<String> msft = new ArrayList<>();
    trades.forEach(
        t -> {
          if (t.get("symbol").asText().equals("MSFT")) {
            msft.add(t.get("entry_date").asText());
          }
        });
    assertThat(msft)
        .isNotEmpty()
        .allSatisfy(d -> assertThat(LocalDate.parse(d)).isAfterOrEqualTo(JOIN));
    assertThat(done.at("/result/benchmark").asText()).isEqualTo("equal-weight idx");
  }

  @Test
  void anUnknownPointInTimeUniverseIsA404AndNamingTwoUniversesA400() throws Exception {
    JsonNode unknown =
        api.json(404, "POST", "/api/backtests", BODY + "\"point_in_time\":\"nope\"}", token);
    JsonNode both =
        api.json(
            400,
            "POST",
            "/api/backtests",
            BODY + "\"point_in_time\":\"idx\",\"symbols\":[\"AAPL\"]}",
            token);

    assertThat(unknown.get("detail").asText()).contains("no point-in-time universe named nope");
    assertThat(both.get("detail").asText())
        .isEqualTo("give one of universe, symbols or point_in_time");
  }

  @Test
  void aPointInTimeWalkForwardTradesEachSymbolOnlyWhileAMember() throws Exception {
    long id =
        api.json(
                202,
                "POST",
                "/api/backtests/walk-forward",
                WALK_FORWARD + "\"point_in_time\":\"idx\"}",
                token)
            .get("id")
            .asLong();
    await()
        .until(
            () ->
                !api.json(200, "GET", "/api/backtests/walk-forward/" + id, null, token)
                    .get("status")
                    .asText()
                    .equals("RUNNING"));
    JsonNode done = api.json(200, "GET", "/api/backtests/walk-forward/" + id, null, token);

    assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("SUCCEEDED");
    assertThat(done.at("/result/benchmark").asText()).isEqualTo("equal-weight idx");
    assertThat(done.at("/result/parameters/point_in_time").asText()).isEqualTo("idx");
    assertThat(done.at("/result/windows").size()).isPositive();
  }

  @Test
  void aWalkForwardOfAnUnknownPointInTimeUniverseIsA404AndNamingTwoUniversesA400()
      throws Exception {
    JsonNode unknown =
        api.json(
            404,
            "POST",
            "/api/backtests/walk-forward",
            WALK_FORWARD + "\"point_in_time\":\"nope\"}",
            token);
    JsonNode both =
        api.json(
            400,
            "POST",
            "/api/backtests/walk-forward",
            WALK_FORWARD + "\"point_in_time\":\"idx\",\"universe\":\"demo_small\"}",
            token);

    assertThat(unknown.get("detail").asText()).contains("no point-in-time universe named nope");
    assertThat(both.get("detail").asText())
        .isEqualTo("give one of universe, symbols or point_in_time");
  }
}
