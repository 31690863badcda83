package io.breadthflow.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Personal alert rules over HTTP: the schema, the caller's own rules only (another user's rule id
 * is a 404, never the rule), a test notification that the server delivers, bad rule JSON a 400.
 */
@ParameterizedClass(name = "{0}")
@ValueSource(strings = {"duckdb", "postgresql"})
class RuleApiTest {
  private static final String RULE =
      "{\"name\":\"AAPL oversold\",\"target\":{\"kind\":\"symbol\",\"value\":\"aapl\"},"
          + "\"condition\":{\"kind\":\"rsi_cross\",\"level\":30,\"direction\":\"below\"},"
          + "\"interval\":\"1d\",\"cooldown_minutes\":240,\"channels\":[\"in_app\"]}";

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
  void theSchemaDescribesEveryConditionWithItsParameters() throws Exception {
    JsonNode schema = api.json(200, "GET", "/api/rules/schema", null, ana);

    JsonNode rsi = null;
    for (JsonNode condition : schema.get("conditions")) {
      if (condition.get("kind").asText().equals("rsi_cross")) {
        rsi = condition;
      }
    }
    assertThat(rsi).isNotNull();
    assertThat(rsi.at("/parameters/0/name").asText()).isEqualTo("level");
    assertThat(rsi.at("/parameters/0/max").asDouble()).isEqualTo(100);
    assertThat(schema.get("channels"))
        .extracting(JsonNode::asText)
        .contains("in_app", "webhook", "email");
    assertThat(schema.get("targets"))
        .extracting(JsonNode::asText)
        .contains("symbol", "watchlist", "universe");
  }

  @Test
  void aUserCreatesPausesTestsAndDeletesTheirRule() throws Exception {
    JsonNode created = api.json(201, "POST", "/api/rules", RULE, ana);
    long id = created.get("id").asLong();
    assertThat(created.at("/target/value").asText()).isEqualTo("AAPL");
    assertThat(created.get("status").asText()).isEqualTo("active");

    JsonNode paused =
        api.json(
            200, "PUT", "/api/rules/" + id, RULE.replace("]}", "],\"status\":\"paused\"}"), ana);
    assertThat(paused.get("status").asText()).isEqualTo("paused");
    assertThat(api.json(200, "GET", "/api/rules", null, ana).get("rules")).hasSize(1);

    JsonNode tested = api.json(200, "POST", "/api/rules/" + id + "/test", null, ana);
    assertThat(tested.get("notifications").asLong()).isEqualTo(1);
    assertThat(tested.get("message").asText()).contains("AAPL oversold");
    await()
        .until(
            () ->
                api.json(200, "GET", "/api/notifications", null, ana).get("unread").asLong() == 1);

    assertThat(api.call("DELETE", "/api/rules/" + id, null, ana).statusCode()).isEqualTo(204);
    assertThat(api.call("GET", "/api/rules/" + id, null, ana).statusCode()).isEqualTo(404);
  }

  @Test
  void anotherUsersRuleIsNotFoundOnEveryRouteAndStaysUnchanged() throws Exception {
    long id = api.json(201, "POST", "/api/rules", RULE, ana).get("id").asLong();
    String path = "/api/rules/" + id;

    for (String[] call :
        new String[][] {
          {"GET", path, null},
          {"PUT", path, RULE.replace("AAPL oversold", "Hijacked")},
          {"DELETE", path, null},
          {"POST", path + "/test", null}
        }) {
      HttpResponse<String> response = api.call(call[0], call[1], call[2], bob);
      assertThat(response.statusCode()).as(call[0] + " " + call[1]).isEqualTo(404);
      assertThat(response.body()).doesNotContain("oversold");
    }

    assertThat(api.json(200, "GET", "/api/rules", null, bob).get("rules")).isEmpty();
    assertThat(api.json(200, "GET", path, null, ana).get("name").asText())
        .isEqualTo("AAPL oversold");
    assertThat(api.json(200, "GET", "/api/notifications", null, ana).get("unread").asLong())
        .isZero();
    long anasList =
        api.json(201, "POST", "/api/watchlists", "{\"name\":\"Ana's\"}", ana).get("id").asLong();
    HttpResponse<String> onTheirList =
        api.call(
            "POST",
            "/api/rules",
            RULE.replace(
                "{\"kind\":\"symbol\",\"value\":\"aapl\"}",
                "{\"kind\":\"watchlist\",\"value\":" + anasList + "}"),
            bob);
    assertThat(onTheirList.statusCode()).isIn(400, 404);
    assertThat(onTheirList.body()).doesNotContain("Ana's");
  }

  @Test
  void everyRouteNeedsATokenAndBadRuleJsonIsAJson400() throws Exception {
    long id = api.json(201, "POST", "/api/rules", RULE, ana).get("id").asLong();
    for (String[] call :
        new String[][] {
          {"GET", "/api/rules/schema"},
          {"GET", "/api/rules"},
          {"POST", "/api/rules"},
          {"GET", "/api/rules/" + id},
          {"PUT", "/api/rules/" + id},
          {"DELETE", "/api/rules/" + id},
          {"POST", "/api/rules/" + id + "/test"}
        }) {
      boolean body = call[0].equals("POST") || call[0].equals("PUT");
      assertThat(api.call(call[0], call[1], body ? RULE : null, null).statusCode())
          .as(call[0] + " " + call[1])
          .isEqualTo(401);
    }
    assertBadRequest("POST", "/api/rules", "not json", "not valid JSON");
    assertBadRequest(
        "POST", "/api/rules", RULE.replace("30,", "300,"), "must be between 0 and 100");
    assertBadRequest(
        "POST",
        "/api/rules",
        RULE.replace("rsi_cross", "moon_phase"),
        "condition kind must be one of");
    assertBadRequest("POST", "/api/rules", RULE.replace("\"1d\"", "\"7x\""), "interval");
    assertBadRequest(
        "POST", "/api/rules", RULE.replace("\"in_app\"", "\"fax\""), "unknown channel 'fax'");
    assertBadRequest(
        "POST", "/api/rules", RULE.replace("240", "-1"), "cooldown_minutes must be between");
    assertBadRequest(
        "POST", "/api/rules", RULE.replace("\"name\"", "\"owner\":3,\"name\""), "no field 'owner'");
    assertBadRequest("GET", "/api/rules/x", null, "rule id must be a positive");
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
}
