package io.breadthflow.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.breadthflow.core.calendar.NyseCalendar;
import io.breadthflow.core.domain.Bar;
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

/**
 * Profiles and watchlists over HTTP: every route needs a token, works on the caller's own data only
 * (another user's ids are 404, never their data) and answers bad input with a JSON 400.
 */
@ParameterizedClass(name = "{0}")
@ValueSource(strings = {"duckdb", "postgresql"})
class WatchlistApiTest {
  @Parameter String engine;
  @TempDir Path dir;
  private TestStore testStore;
  private ApiServer server;
  private TestApi api;
  private String ana;
  private String bob;

  @BeforeEach
  void start() throws Exception {
    testStore = new TestStore(engine, dir);
    List<Bar> bars = new ArrayList<>();
    List<LocalDate> sessions =
        NyseCalendar.tradingDays(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 6, 28));
    for (int t = 0; t < sessions.size(); t++) {
      double close = 100 + 10 * Math.sin(t / 9.0);
      bars.add(Bar.daily("AAPL", sessions.get(t), close, close + 1, close - 1, close, 1_000));
    }
    testStore.store().upsertBars(bars);
    server = testStore.serve(10_000);
    api = new TestApi(server.port());
    ana = TestUsers.accessToken(server.port(), "ana");
    bob = TestUsers.accessToken(server.port(), "bob");
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
    testStore.close();
  }

  @Test
  void aUserCreatesRenamesOrdersFillsExportsAndDeletesTheirLists() throws Exception {
    long tech =
        api.json(201, "POST", "/api/watchlists", "{\"name\":\"Tech\"}", ana).get("id").asLong();
    long energy =
        api.json(201, "POST", "/api/watchlists", "{\"name\":\"Energy\"}", ana).get("id").asLong();
    api.json(200, "POST", "/api/watchlists/" + tech + "/symbols", "{\"symbol\":\"msft\"}", ana);
    JsonNode added =
        api.json(200, "POST", "/api/watchlists/" + tech + "/symbols", "{\"symbol\":\"AAPL\"}", ana);
    assertThat(added.get("symbols")).extracting(JsonNode::asText).containsExactly("MSFT", "AAPL");

    JsonNode reordered =
        api.json(
            200,
            "PUT",
            "/api/watchlists/" + tech + "/symbols",
            "{\"symbols\":[\"AAPL\",\"MSFT\"]}",
            ana);
    assertThat(reordered.get("symbols"))
        .extracting(JsonNode::asText)
        .containsExactly("AAPL", "MSFT");
    assertThat(
            api.json(200, "PUT", "/api/watchlists/" + tech, "{\"name\":\"Big tech\"}", ana)
                .get("name")
                .asText())
        .isEqualTo("Big tech");
    JsonNode ordered =
        api.json(
            200, "PUT", "/api/watchlists/order", "{\"ids\":[" + energy + "," + tech + "]}", ana);
    assertThat(ordered.at("/watchlists/0/name").asText()).isEqualTo("Energy");

    JsonNode rows = api.json(200, "GET", "/api/watchlists/" + tech + "/rows", null, ana);
    JsonNode aapl = rows.at("/rows/0");
    assertThat(aapl.get("symbol").asText()).isEqualTo("AAPL");
    assertThat(aapl.get("close").isNumber()).isTrue();
    assertThat(aapl.get("rsi_14").asDouble()).isBetween(0.0, 100.0);
    assertThat(aapl.get("closes").size()).isEqualTo(30);
    assertThat(rows.at("/rows/1/close").isNull()).as("MSFT has no stored bars").isTrue();

    HttpResponse<String> csv =
        api.call("GET", "/api/watchlists/" + tech + "/export?format=csv", null, ana);
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(csv.body()).contains("AAPL").contains("MSFT");
    HttpResponse<String> txt =
        api.call("GET", "/api/watchlists/" + tech + "/export?format=txt", null, ana);
    JsonNode imported =
        api.json(
            201,
            "POST",
            "/api/watchlists/import",
            "{\"name\":\"Copy\",\"format\":\"txt\",\"text\":" + json(txt.body()) + "}",
            ana);
    assertThat(imported.at("/watchlist/symbols"))
        .extracting(JsonNode::asText)
        .containsExactly("AAPL", "MSFT");

    assertThat(
            api.call("DELETE", "/api/watchlists/" + tech + "/symbols/MSFT", null, ana).statusCode())
        .isEqualTo(204);
    assertThat(api.call("DELETE", "/api/watchlists/" + energy, null, ana).statusCode())
        .isEqualTo(204);
    JsonNode left = api.json(200, "GET", "/api/watchlists", null, ana);
    assertThat(left.get("watchlists"))
        .extracting(w -> w.get("name").asText())
        .containsExactly("Big tech", "Copy");
    assertThat(left.at("/watchlists/0/symbols"))
        .extracting(JsonNode::asText)
        .containsExactly("AAPL");
  }

  @Test
  void theSeedsSingleWatchlistIsTheUsersDefaultList() throws Exception {
    api.json(200, "POST", "/api/users/watchlist/aapl", null, ana);
    api.json(200, "POST", "/api/users/watchlist/MSFT", null, ana);
    assertThat(api.call("DELETE", "/api/users/watchlist/AAPL", null, ana).statusCode())
        .isEqualTo(204);

    JsonNode list = api.json(200, "GET", "/api/users/watchlist", null, ana);
    assertThat(list.get("symbols")).extracting(JsonNode::asText).containsExactly("MSFT");
    assertThat(api.json(200, "GET", "/api/users/watchlist", null, bob).get("symbols")).isEmpty();
    assertThat(api.json(200, "GET", "/api/watchlists", null, ana).at("/watchlists/0/id").asLong())
        .isEqualTo(list.get("id").asLong());
  }

  @Test
  void anotherUsersListIsNotFoundOnEveryRouteAndStaysUnchanged() throws Exception {
    long anas =
        api.json(201, "POST", "/api/watchlists", "{\"name\":\"Private\"}", ana).get("id").asLong();
    api.json(200, "POST", "/api/watchlists/" + anas + "/symbols", "{\"symbol\":\"AAPL\"}", ana);
    long bobs =
        api.json(201, "POST", "/api/watchlists", "{\"name\":\"Mine\"}", bob).get("id").asLong();
    String path = "/api/watchlists/" + anas;

    for (String[] call :
        new String[][] {
          {"GET", path, null},
          {"PUT", path, "{\"name\":\"Stolen\"}"},
          {"DELETE", path, null},
          {"POST", path + "/symbols", "{\"symbol\":\"MSFT\"}"},
          {"PUT", path + "/symbols", "{\"symbols\":[\"AAPL\"]}"},
          {"DELETE", path + "/symbols/AAPL", null},
          {"GET", path + "/rows", null},
          {"GET", path + "/export?format=csv", null},
          {
            "POST",
            "/api/watchlists/import",
            "{\"watchlist_id\":" + anas + ",\"format\":\"txt\",\"text\":\"MSFT\"}"
          },
          {"PUT", "/api/watchlists/order", "{\"ids\":[" + anas + "," + bobs + "]}"}
        }) {
      HttpResponse<String> response = api.call(call[0], call[1], call[2], bob);
      assertThat(response.statusCode()).as(call[0] + " " + call[1]).isEqualTo(404);
      assertThat(response.body())
          .as(call[0] + " " + call[1])
          .doesNotContain("AAPL")
          .doesNotContain("Private");
      assertThat(TestApi.parse(response.body()).get("status").asInt()).isEqualTo(404);
    }

    JsonNode unchanged = api.json(200, "GET", path, null, ana);
    assertThat(unchanged.get("name").asText()).isEqualTo("Private");
    assertThat(unchanged.get("symbols")).extracting(JsonNode::asText).containsExactly("AAPL");
    assertThat(api.json(200, "GET", "/api/watchlists", null, bob).get("watchlists"))
        .extracting(w -> w.get("name").asText())
        .containsExactly("Mine");
  }

  @Test
  void everyRouteNeedsATokenAndBadInputIsAJson400() throws Exception {
    long id =
        api.json(201, "POST", "/api/watchlists", "{\"name\":\"List\"}", ana).get("id").asLong();
    for (String[] call :
        new String[][] {
          {"GET", "/api/users/profile"},
          {"PUT", "/api/users/profile"},
          {"GET", "/api/users/watchlist"},
          {"POST", "/api/users/watchlist/AAPL"},
          {"DELETE", "/api/users/watchlist/AAPL"},
          {"GET", "/api/watchlists"},
          {"POST", "/api/watchlists"},
          {"PUT", "/api/watchlists/order"},
          {"POST", "/api/watchlists/import"},
          {"GET", "/api/watchlists/" + id},
          {"PUT", "/api/watchlists/" + id},
          {"DELETE", "/api/watchlists/" + id},
          {"POST", "/api/watchlists/" + id + "/symbols"},
          {"PUT", "/api/watchlists/" + id + "/symbols"},
          {"DELETE", "/api/watchlists/" + id + "/symbols/AAPL"},
          {"GET", "/api/watchlists/" + id + "/rows"},
          {"GET", "/api/watchlists/" + id + "/export"}
        }) {
      HttpResponse<String> response =
          api.call(
              call[0],
              call[1],
              call[0].equals("GET") || call[0].equals("DELETE") ? null : "{}",
              null);
      assertThat(response.statusCode()).as(call[0] + " " + call[1]).isEqualTo(401);
    }

    assertBadRequest("POST", "/api/watchlists", "{\"name\":\"\"}", "name must be 1 to 64");
    assertBadRequest(
        "POST", "/api/watchlists", "{\"name\":\"x\",\"owner\":2}", "unknown field 'owner'");
    assertBadRequest("POST", "/api/watchlists", "[1]", "body must be a JSON object");
    assertBadRequest("GET", "/api/watchlists/abc", null, "watchlist id must be a positive");
    assertBadRequest(
        "POST", "/api/watchlists/" + id + "/symbols", "{\"symbol\":\"no way\"}", "invalid symbol");
    assertBadRequest("PUT", "/api/watchlists/order", "{\"ids\":\"1\"}", "ids must be an array");
    assertBadRequest(
        "GET", "/api/watchlists/" + id + "/export?format=xls", null, "format must be txt or csv");
    assertBadRequest(
        "POST",
        "/api/watchlists/import",
        "{\"name\":\"I\",\"format\":\"csv\",\"text\":\"a;b\"}",
        "");
    assertThat(api.json(200, "GET", "/api/watchlists", null, ana).get("watchlists"))
        .as("a refused import into a new list leaves no list behind")
        .hasSize(1);
    assertBadRequest(
        "PUT",
        "/api/users/profile",
        "{\"display_name\":\"Ana\",\"time_zone\":\"Mars/Olympus\"}",
        "time_zone must be an IANA");
    assertBadRequest(
        "PUT",
        "/api/users/profile",
        "{\"display_name\":\"Ana\",\"email\":\"nope\",\"time_zone\":\"UTC\"}",
        "email must be");
  }

  @Test
  void aUserReadsAndReplacesTheirOwnProfile() throws Exception {
    JsonNode fresh = api.json(200, "GET", "/api/users/profile", null, ana);
    assertThat(fresh.get("display_name").asText()).isEqualTo("ana");
    assertThat(fresh.get("time_zone").asText()).isEqualTo("UTC");

    api.json(
        200,
        "PUT",
        "/api/users/profile",
        "{\"display_name\":\"Ana T.\",\"email\":\"ana@example.com\",\"time_zone\":\"Europe/Paris\"}",
        ana);

    JsonNode saved = api.json(200, "GET", "/api/users/profile", null, ana);
    assertThat(saved.get("email").asText()).isEqualTo("ana@example.com");
    assertThat(saved.get("time_zone").asText()).isEqualTo("Europe/Paris");
    JsonNode others = api.json(200, "GET", "/api/users/profile", null, bob);
    assertThat(others.get("display_name").asText()).isEqualTo("bob");
    assertThat(others.get("email").isNull()).isTrue();
  }

  private void assertBadRequest(String method, String path, String body, String message)
      throws Exception {
    HttpResponse<String> response = api.call(method, path, body, ana);
    assertThat(response.statusCode())
        .as(method + " " + path + " " + response.body())
        .isEqualTo(400);
    JsonNode error = TestApi.parse(response.body());
    assertThat(error.get("status").asInt()).isEqualTo(400);
    assertThat(error.get("detail").asText()).contains(message);
  }

  private static String json(String text) throws Exception {
    return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(text);
  }
}
