package io.breadthflow.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breadthflow.server.ApiServer;
import io.breadthflow.server.ServerSettings;
import io.breadthflow.server.auth.Credentials;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.MarketStores;
import io.breadthflow.store.Role;
import io.breadthflow.store.StoreConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command API end to end: the real server running real {@code bf} commands in-process. */
class CommandApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final byte[] SECRET =
      "command-api-test-secret-32-bytes!!".getBytes(StandardCharsets.UTF_8);

  @TempDir Path dir;
  private MarketStore store;
  private ApiServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() {
    String url = "jdbc:duckdb:" + dir.resolve("commands.duckdb");
    store = MarketStores.open(new StoreConfig(url, "", ""));
    store.users().create("root", Credentials.hash("admin-password", 4), Role.ADMIN);
    store.users().create("plain", Credentials.hash("user-password", 4), Role.USER);
    server =
        ApiServer.start(
            store,
            new ServerSettings(0, 1_000, 1 << 20, SECRET, 4, InProcessCommands::execute, url),
            Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    server.close();
    store.close();
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
    assertThat(fetched.get("output").asText()).contains("4 symbols: 4 ok");
    assertThat(summarised.get("output").asText()).contains("\"symbols\":4");
    assertThat(fetched.get("command").asText()).isEqualTo("execute data_fetch");
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
        .contains("market-data      20,000 simulated trades published")
        .containsPattern("bars             [1-9][\\d,]* records \\(read committed\\)");
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
        "symbol_list must be one of");
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
        "trades must be a whole number of at least 1");
  }

  private JsonNode finished(long id) throws Exception {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> !run(id).get("status").asText().equals("RUNNING"));
    return run(id);
  }

  private JsonNode run(long id) throws Exception {
    return JSON.readTree(
        http.send(
                HttpRequest.newBuilder(uri("/api/runs/" + id)).build(),
                HttpResponse.BodyHandlers.ofString())
            .body());
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
