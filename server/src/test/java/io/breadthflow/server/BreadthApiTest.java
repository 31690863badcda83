package io.breadthflow.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breadthflow.app.run.Progress;
import io.breadthflow.app.universe.MembershipImportRequest;
import io.breadthflow.core.calendar.NyseCalendar;
import io.breadthflow.core.domain.Bar;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code /api/breadth} with the catalogue's columns, sectors and events, and {@code
 * /api/breadth/catalogue}, over real HTTP on each engine. The four stocks of {@code demo_small}
 * alternate in pairs (two up, two down each session) except on {@link #ALL_UP}, when all four jump
 * up, and {@link #ALL_DOWN}, when all four fall below their lows: a Desmond 90% up day and down
 * day, and no other event.
 */
@ParameterizedClass(name = "{0}")
@ValueSource(strings = {"duckdb", "postgresql"})
class BreadthApiTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-03-01T21:00:00Z"), ZoneOffset.UTC);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<LocalDate> SESSIONS =
      NyseCalendar.tradingDays(LocalDate.of(2023, 1, 3), LocalDate.of(2024, 2, 29));
  private static final LocalDate ALL_UP = SESSIONS.get(270);
  private static final LocalDate ALL_DOWN = SESSIONS.get(280);

  @Parameter String engine;
  @TempDir Path dir;
  private TestStore testStore;
  private ApiServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    testStore = new TestStore(engine, dir, CLOCK);
    List<Bar> bars = new ArrayList<>();
    String[] symbols = {"AAPL", "MSFT", "GOOGL", "AMZN"};
    for (int s = 0; s < symbols.length; s++) {
      for (int t = 0; t < SESSIONS.size(); t++) {
        boolean high = (t % 2 == 0) == (s < 2);
        double shift = (t >= 270 ? 5 : 0) + (t >= 280 ? -10 : 0);
        double close = 100 + 10 * s + (high ? 1 : 0) + shift;
        bars.add(Bar.daily(symbols[s], SESSIONS.get(t), close, close + 1, close - 1, close, 1000));
      }
    }
    testStore.store().upsertBars(bars);
    server = testStore.serve(1_000);
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
    testStore.close();
  }

  @Test
  void theCatalogueDescribesEveryColumnWithItsSourceAndKind() throws Exception {
    JsonNode indicators = getJson("/api/breadth/catalogue").get("indicators");

    assertThat(indicators).hasSize(37);
    JsonNode stix = find(indicators, "stix");
    assertThat(stix.get("name").asText()).isEqualTo("STIX");
    assertThat(stix.get("kind").asText()).isEqualTo("percent");
    assertThat(stix.get("catalogue").asBoolean()).isTrue();
    assertThat(stix.get("source").asText()).contains("Colby");
    assertThat(find(indicators, "hindenburg").get("kind").asText()).isEqualTo("event");
    assertThat(find(indicators, "ad_line").get("catalogue").asBoolean()).isFalse();
    for (JsonNode indicator : indicators) {
      assertThat(indicator.get("definition").asText()).isNotBlank();
    }
  }

  @Test
  void allIndicatorsServeTodaysColumnsThenTheCatalogues() throws Exception {
    JsonNode breadth =
        getJson("/api/breadth?universe=demo_small&from=2023-06-01&to=2023-06-30&indicators=all");

    JsonNode row = breadth.get("rows").get(0);
    assertThat(breadth.get("columns")).hasSize(37);
    assertThat(row.size()).isEqualTo(38);
    assertThat(breadth.get("rows")).hasSize(21);
    assertThat(row.get("date").asText()).isEqualTo("2023-06-01");
    assertThat(row.get("trin").isNumber()).isTrue();
    assertThat(row.get("hindenburg").asText()).isEqualTo("none");
    assertThat(row.get("ad_percent").asDouble()).isZero();
    assertThat(row.get("whaley_ratio5").asDouble()).isEqualTo(0.5);
  }

  @Test
  void aValueNotYetDefinedIsNull() throws Exception {
    JsonNode first =
        getJson("/api/breadth?universe=demo_small&from=2023-01-03&to=2023-01-03&indicators=all")
            .at("/rows/0");

    assertThat(first.get("ra_mcclellan_osc").isNull()).isTrue();
    assertThat(first.get("ad_percent").isNull()).as("no previous close yet").isTrue();
    assertThat(first.get("advancers").asInt()).isZero();
  }

  @Test
  void chosenColumnsComeInTheGivenOrderAfterTheDate() throws Exception {
    JsonNode breadth =
        getJson(
            "/api/breadth?universe=demo_small&from="
                + ALL_UP
                + "&to="
                + ALL_UP
                + "&columns=ninety_percent_day,advancers,stix");

    JsonNode row = breadth.get("rows").get(0);
    assertThat(row.fieldNames())
        .toIterable()
        .containsExactly("date", "ninety_percent_day", "advancers", "stix");
    assertThat(row.get("ninety_percent_day").asText()).isEqualTo("up");
    assertThat(breadth.get("stable_from").fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder("ninety_percent_day", "advancers", "stix");
    assertThat(breadth.get("cumulative")).isEmpty();
    assertThat(getJson("/api/breadth?universe=demo_small&columns=ad_line,stix").get("cumulative"))
        .extracting(JsonNode::asText)
        .containsExactly("ad_line");
    assertThat(row.get("advancers").asInt()).isEqualTo(4);
  }

  @Test
  void theDesmondDaysAreTheOnlyEventsAndMatchTheirColumn() throws Exception {
    JsonNode breadth =
        getJson(
            "/api/breadth?universe=demo_small&from=2023-01-03&columns=hindenburg,"
                + "zbt_thrust,whaley_thrust,ninety_percent_day");

    JsonNode events = breadth.get("events");
    assertThat(events).hasSize(2);
    assertThat(events.get(0).get("date").asText()).isEqualTo(ALL_UP.toString());
    assertThat(events.get(0).get("kind").asText()).isEqualTo("desmond_up");
    assertThat(events.get(1).get("date").asText()).isEqualTo(ALL_DOWN.toString());
    assertThat(events.get(1).get("kind").asText()).isEqualTo("desmond_down");
    List<String> fired = new ArrayList<>();
    for (JsonNode row : breadth.get("rows")) {
      if (!row.get("hindenburg").asText().equals("none")
          || row.get("zbt_thrust").asBoolean()
          || !row.get("whaley_thrust").asText().equals("none")
          || !row.get("ninety_percent_day").asText().equals("none")) {
        fired.add(row.get("date").asText());
      }
    }
    assertThat(fired).containsExactly(ALL_UP.toString(), ALL_DOWN.toString());
  }

  @Test
  void oneSectorIsItsMembersAloneAndEverySectorIsListedByName() throws Exception {
    JsonNode technology =
        getJson(
            "/api/breadth?universe=demo_small&from=2024-02-01&sector=information%20technology"
                + "&columns=advancers,decliners,unchanged");
    JsonNode sectors = getJson("/api/breadth?universe=demo_small&from=2024-02-01&grouping=sector");

    assertThat(technology.get("grouping").asText()).isEqualTo("sector");
    assertThat(technology.get("sector").asText()).isEqualTo("Information Technology");
    for (JsonNode row : technology.get("rows")) {
      assertThat(
              row.get("advancers").asInt()
                  + row.get("decliners").asInt()
                  + row.get("unchanged").asInt())
          .isEqualTo(2);
      assertThat(row.get("advancers").asInt()).isIn(0, 2);
    }
    assertThat(sectors.get("sectors").findValuesAsText("sector"))
        .containsExactly(
            "Communication Services", "Consumer Discretionary", "Information Technology");
    assertThat(sectors.at("/sectors/0/rows")).hasSize(20);
  }

  @Test
  void aStoredPointInTimeUniverseCountsOnEachSessionItsMembersOfThatSession() throws Exception {
    Path csv = dir.resolve("tech.csv");
    Files.writeString(
        csv,
        "ticker,start_date,end_date,sector\n"
            + "AAPL,2000-01-03,,Information Technology\n"
            + "MSFT,2000-01-03,,Information Technology\n"
            + "GOOGL,2024-02-12,,Communication Services\n");
    testStore
        .application()
        .membership()
        .importCsv(new MembershipImportRequest("tech", csv), Progress.SILENT);

    JsonNode breadth =
        getJson(
            "/api/breadth?point_in_time=tech&from=2024-02-01&to=2024-02-29"
                + "&columns=advancers,decliners,unchanged");
    JsonNode sectors =
        getJson("/api/breadth?point_in_time=tech&from=2024-02-01&to=2024-02-29&grouping=sector");

    assertThat(breadth.get("universe").asText()).isEqualTo("tech");
    assertThat(breadth.get("point_in_time").asBoolean()).isTrue();
    for (JsonNode row : breadth.get("rows")) {
      int counted =
          row.get("advancers").asInt()
              + row.get("decliners").asInt()
              + row.get("unchanged").asInt();
      boolean joined =
          !LocalDate.parse(row.get("date").asText()).isBefore(LocalDate.of(2024, 2, 12));
      assertThat(counted).as(row.get("date").asText()).isEqualTo(joined ? 3 : 2);
    }
    assertThat(sectors.get("sectors").findValuesAsText("sector"))
        .containsExactly("Communication Services", "Information Technology");
    assertError(
        "/api/breadth?point_in_time=tech&sector=Energy",
        "sector must be one of [Communication Services, Information Technology]");
  }

  @Test
  void anUnknownPointInTimeUniverseIsNotFound() throws Exception {
    HttpResponse<String> response = get("/api/breadth?point_in_time=nothing-stored");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(response.body()).get("detail").asText())
        .contains("no point-in-time universe named nothing-stored");
    assertError("/api/breadth?point_in_time=Not%20A%20Name", "a universe name is 1 to 40");
    assertError(
        "/api/breadth?point_in_time=tech&universe=sp100",
        "give universe or point_in_time, not both");
  }

  @Test
  void badBreadthParametersAreRejectedWithJsonErrors() throws Exception {
    assertError("/api/breadth?columns=ad_line,rsi", "unknown breadth indicator 'rsi'");
    assertError("/api/breadth?columns=", "unknown breadth indicator ''");
    assertError("/api/breadth?indicators=some", "indicators must be standard or all");
    assertError("/api/breadth?indicators=all&columns=stix", "give indicators or columns, not both");
    assertError("/api/breadth?grouping=industry", "grouping must be universe or sector");
    assertError("/api/breadth?universe=demo_small&sector=Energy", "sector must be one of [");
    assertError(
        "/api/breadth?universe=demo_small&grouping=universe&sector=Information%20Technology",
        "sector needs grouping=sector");
    assertError("/api/breadth?from=2024-02-30", "from must be a date YYYY-MM-DD");
    assertError("/api/breadth?from=2024-02-01&to=2024-01-01", "is before from");
    assertError("/api/breadth?from=1800-01-01", "from must lie between");
    assertError("/api/breadth?from=1950-01-01&to=2024-01-01", "range longer than");
    assertError("/api/breadth?universe=nasdaq", "universe must be one of");
  }

  private static JsonNode find(JsonNode indicators, String key) {
    for (JsonNode indicator : indicators) {
      if (indicator.get("key").asText().equals(key)) {
        return indicator;
      }
    }
    throw new AssertionError("no indicator " + key);
  }

  private void assertError(String path, String message) throws Exception {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(400);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("detail").asText()).as(path).contains(message);
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  private JsonNode getJson(String path) throws Exception {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
