package io.breadthflow.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breadthflow.app.users.Credentials;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command API end to end on a server built from the application alone (no CLI): real use cases
 * run in the background, their runs and output read back over HTTP.
 */
class CommandApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private TestStore testStore;
  private ApiServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    testStore = new TestStore("duckdb", dir);
    MarketStore store = testStore.store();
    store.users().create("root", Credentials.hash("admin-password", 4), Role.ADMIN);
    store.users().create("plain", Credentials.hash("user-password", 4), Role.USER);
    server = testStore.serve(1_000);
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
    testStore.close();
  }

  @Test
  void adminRunsAFetchAndASummaryAndReadsTheirOutput() throws Exception {
    String admin = login("root", "admin-password");

    long fetch =
        started(
            execute(
                admin,
                "{\"command\":\"data_fetch\",\"parameters\":{\"symbol_list\":\"demo_small\","
                    + "\"start_date\":\"2024-01-02\",\"end_date\":\"2024-03-28\",\"source\":\"sim\"}}"));
    JsonNode fetched = finished(fetch);
    long summary = started(execute(admin, "{\"command\":\"data_summary\"}"));
    JsonNode summarised = finished(summary);

    assertThat(fetched.get("status").asText()).as(fetched.toString()).isEqualTo("SUCCEEDED");
    assertThat(fetched.get("output").asText())
        .contains("$ data_fetch")
        .contains("{\"symbol\":\"AAPL\",\"status\":\"OK\"");
    assertThat(summarised.get("output").asText())
        .contains("\"symbol\":\"MSFT\"")
        .contains("\"quarantined\":0");
    assertThat(fetched.get("command").asText()).isEqualTo("execute data_fetch");
    assertThat(commandRuns())
        .as("each use case records its own run too")
        .contains("data fetch", "data summary");
  }

  @Test
  void adminGeneratesSignalsAndRunsABacktestThatTheBacktestsRouteLists() throws Exception {
    String admin = login("root", "admin-password");
    finished(
        started(
            execute(
                admin,
                "{\"command\":\"data_fetch\",\"parameters\":{\"symbol_list\":\"demo_small\","
                    + "\"start_date\":\"2023-01-03\",\"end_date\":\"2024-03-28\",\"source\":\"sim\"}}")));

    JsonNode signals =
        finished(
            started(
                execute(
                    admin,
                    "{\"command\":\"signal_generate\",\"parameters\":{\"symbol_list\":\"demo_small\","
                        + "\"start_date\":\"2024-01-02\",\"end_date\":\"2024-03-28\"}}")));
    JsonNode backtest =
        finished(
            started(
                execute(
                    admin,
                    "{\"command\":\"backtest_run\",\"parameters\":{\"strategy\":\"sma-cross\","
                        + "\"symbol_list\":\"demo_small\",\"fast\":5,\"slow\":20,"
                        + "\"start_date\":\"2023-06-01\",\"end_date\":\"2024-03-28\"}}")));

    assertThat(signals.get("status").asText()).as(signals.toString()).isEqualTo("SUCCEEDED");
    assertThat(signals.get("output").asText()).contains("\"changed\":");
    assertThat(backtest.get("status").asText()).as(backtest.toString()).isEqualTo("SUCCEEDED");
    long runId = JSON.readTree(lastLine(backtest)).get("run_id").asLong();
    JsonNode listed = get("/api/backtests");
    assertThat(listed.at("/backtests/0/id").asLong()).isEqualTo(runId);
    assertThat(listed.at("/backtests/0/request/strategy").asText()).isEqualTo("sma-cross");
    assertThat(get("/api/backtests/" + runId).at("/result/trades/0/side").asText())
        .isIn("long", "short");
  }

  @Test
  void aQuickFlowLoadsHistorySignalsAndABacktest() throws Exception {
    String admin = login("root", "admin-password");

    JsonNode flow = finished(started(execute(admin, "{\"command\":\"small\"}")));

    assertThat(flow.get("status").asText()).as(flow.toString()).isEqualTo("SUCCEEDED");
    assertThat(flow.get("output").asText())
        .contains("[history: simulating demo_small")
        .contains("[signals: generating signals for 4 symbols]")
        .contains("[backtest: breadth on 4 symbols]");
    assertThat(commandRuns()).contains("data fetch", "signals generate", "backtest run");
  }

  @Test
  void aCommandOnAnEmptyStoreLeavesItsRunsFailedWithTheMessage() throws Exception {
    String admin = login("root", "admin-password");

    JsonNode signals =
        finished(
            started(
                execute(
                    admin,
                    "{\"command\":\"signal_generate\",\"parameters\":{\"symbols\":[\"AAPL\"],"
                        + "\"start_date\":\"2024-01-02\",\"end_date\":\"2024-03-28\"}}")));

    assertThat(signals.get("status").asText()).isEqualTo("FAILED");
    assertThat(signals.get("output").asText()).contains("failed: no stored daily bars for AAPL");
    JsonNode runs = get("/api/runs?limit=10").get("runs");
    JsonNode useCase =
        runs.get(0).get("command").asText().equals("signals generate") ? runs.get(0) : runs.get(1);
    assertThat(useCase.get("status").asText()).isEqualTo("FAILED");
    assertThat(useCase.get("error").asText()).startsWith("no stored daily bars for AAPL");
  }

  @Test
  void adminRunsTheKafkaDemoAndReadsItsFlow() throws Exception {
    String admin = login("root", "admin-password");

    JsonNode demo =
        finished(
            started(
                execute(admin, "{\"command\":\"kafka_demo\",\"parameters\":{\"trades\":20000}}")));

    assertThat(demo.get("status").asText()).as(demo.toString()).isEqualTo("SUCCEEDED");
    assertThat(demo.get("output").asText())
        .contains("\"published\":20000")
        .containsPattern("\"bars\":[1-9]");
  }

  @Test
  void onlyAdminsRunOnlyWhitelistedCommandsWithValidParameters() throws Exception {
    String admin = login("root", "admin-password");
    String user = login("plain", "user-password");

    assertThat(execute(null, "{\"command\":\"data_summary\"}").statusCode()).isEqualTo(401);
    assertError(execute(user, "{\"command\":\"data_summary\"}"), 403, "admin role required");
    assertError(execute(admin, "{\"command\":\"rm -rf /\"}"), 400, "unknown command 'rm -rf /'");
    assertError(
        execute(admin, "{\"command\":\"data_summary\",\"parameters\":{\"format\":\"x\"}}"),
        400,
        "unknown parameter 'format'");
    assertError(
        execute(
            admin,
            "{\"command\":\"data_fetch\",\"parameters\":{\"symbol_list\":\"/etc/passwd\",\"start_date\":\"2024-01-02\",\"end_date\":\"2024-01-31\"}}"),
        400,
        "universe must be one of");
    assertError(
        execute(
            admin,
            "{\"command\":\"backtest_run\",\"parameters\":{\"symbols\":[\"AAPL\"],\"start_date\":\"2024-01-02\",\"end_date\":\"2024-01-31\"}}"),
        400,
        "strategy is required");
    assertError(
        execute(
            admin,
            "{\"command\":\"data_fetch\",\"parameters\":{\"symbols\":[\"AAPL; ls\"],\"start_date\":\"2024-01-02\",\"end_date\":\"2024-01-31\"}}"),
        400,
        "invalid symbol");
    assertError(
        execute(admin, "{\"command\":\"kafka_demo\",\"parameters\":{\"trades\":2.5}}"),
        400,
        "trades must be a whole number from 1");
  }

  private java.util.List<String> commandRuns() throws Exception {
    java.util.List<String> commands = new java.util.ArrayList<>();
    get("/api/runs?limit=100").get("runs").forEach(r -> commands.add(r.get("command").asText()));
    return commands;
  }

  private static String lastLine(JsonNode run) {
    java.util.List<String> lines = run.get("output").asText().lines().toList();
    return lines.get(lines.size() - 1);
  }

  private JsonNode get(String path) throws Exception {
    return JSON.readTree(
        http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString())
            .body());
  }

  private JsonNode finished(long id) throws Exception {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> !run(id).get("status").asText().equals("RUNNING"));
    return run(id);
  }

  /** Run {@code id} as an administrator sees it (its output included). */
  private JsonNode run(long id) throws Exception {
    return TestUsers.get(server.port(), "/api/runs/" + id, login("root", "admin-password"));
  }

  private long started(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    return JSON.readTree(response.body()).get("id").asLong();
  }

  private void assertError(HttpResponse<String> response, int status, String message)
      throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(JSON.readTree(response.body()).get("detail").asText()).contains(message);
  }

  private String login(String username, String password) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(uri("/api/users/login"))
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(response.body()).get("access_token").asText();
  }

  private HttpResponse<String> execute(String token, String body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri("/execute")).POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }
}
