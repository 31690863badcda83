package io.breadthflow.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breadthflow.store.MarketStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/** Registration, login, token rotation and reuse detection, logout, over real HTTP. */
@ParameterizedClass(name = "{0}")
@ValueSource(strings = {"duckdb", "postgresql"})
class AuthApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Parameter String engine;
  @TempDir Path dir;
  private TestStore testStore;
  private final AtomicReference<Instant> now =
      new AtomicReference<>(Instant.parse("2024-03-01T12:00:00Z"));
  private MarketStore store;
  private ApiServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    Clock clock =
        new Clock() {
          @Override
          public ZoneId getZone() {
            return ZoneId.of("UTC");
          }

          @Override
          public Clock withZone(ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now.get();
          }
        };
    testStore = new TestStore(engine, dir, clock);
    store = testStore.store();
    server = ApiServer.start(testStore.application(), TestStore.config(1_000, 4_096));
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
    testStore.close();
  }

  @Test
  void registeredUserLogsInAndReadsTheirAccountWithTheAccessToken() throws Exception {
    assertThat(
            post("/api/users/register", "{\"username\":\"alice\",\"password\":\"correct horse\"}")
                .statusCode())
        .isEqualTo(201);
    JsonNode tokens =
        json(post("/api/users/login", "{\"username\":\"alice\",\"password\":\"correct horse\"}"));

    HttpResponse<String> me = get("/api/users/me", tokens.get("access_token").asText());

    assertThat(tokens.get("token_type").asText()).isEqualTo("Bearer");
    assertThat(tokens.get("expires_in").asLong()).isEqualTo(900);
    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(json(me).get("role").asText()).isEqualTo("user");
    assertThat(store.users().byUsername("alice").orElseThrow().passwordHash())
        .startsWith("$2a$04$");
  }

  @Test
  void wrongPasswordsDuplicateNamesAndWeakInputAreRefused() throws Exception {
    post("/api/users/register", "{\"username\":\"bob\",\"password\":\"longenough\"}");

    assertStatus(
        post("/api/users/login", "{\"username\":\"bob\",\"password\":\"wrong-one\"}"),
        401,
        "wrong username or password");
    assertStatus(
        post("/api/users/login", "{\"username\":\"nobody\",\"password\":\"longenough\"}"),
        401,
        "wrong username or password");
    assertStatus(
        post("/api/users/register", "{\"username\":\"bob\",\"password\":\"longenough\"}"),
        409,
        "taken");
    assertStatus(
        post("/api/users/register", "{\"username\":\"B O B\",\"password\":\"longenough\"}"),
        400,
        "username must be");
    assertStatus(
        post("/api/users/register", "{\"username\":\"carol\",\"password\":\"short\"}"),
        400,
        "password must have");
    assertStatus(post("/api/users/register", "not json"), 400, "body must be a JSON object");
    assertStatus(
        post("/api/users/register", "{\"username\":\"" + "x".repeat(5_000) + "\"}"),
        413,
        "larger than 4096 bytes");
  }

  @Test
  void refreshRotatesAndASecondUseRevokesTheWholeLogin() throws Exception {
    post("/api/users/register", "{\"username\":\"dave\",\"password\":\"longenough\"}");
    JsonNode first =
        json(post("/api/users/login", "{\"username\":\"dave\",\"password\":\"longenough\"}"));
    String refresh1 = first.get("refresh_token").asText();

    JsonNode second =
        json(post("/api/users/refresh-token", "{\"refresh_token\":\"" + refresh1 + "\"}"));
    String refresh2 = second.get("refresh_token").asText();
    HttpResponse<String> reuse =
        post("/api/users/refresh-token", "{\"refresh_token\":\"" + refresh1 + "\"}");
    HttpResponse<String> afterReuse =
        post("/api/users/refresh-token", "{\"refresh_token\":\"" + refresh2 + "\"}");

    assertThat(refresh2).isNotEqualTo(refresh1);
    assertStatus(reuse, 401, "reuse detected");
    assertStatus(afterReuse, 401, "expired or revoked");
  }

  @Test
  void logoutRevokesTheRefreshTokenAndExpiredForgedUnsignedOrForeignTokensAreRefused()
      throws Exception {
    post("/api/users/register", "{\"username\":\"erin\",\"password\":\"longenough\"}");
    JsonNode tokens =
        json(post("/api/users/login", "{\"username\":\"erin\",\"password\":\"longenough\"}"));
    String refresh = tokens.get("refresh_token").asText();

    assertThat(post("/api/users/logout", "{\"refresh_token\":\"" + refresh + "\"}").statusCode())
        .isEqualTo(204);
    assertStatus(
        post("/api/users/refresh-token", "{\"refresh_token\":\"" + refresh + "\"}"),
        401,
        "revoked");
    now.set(now.get().plus(Duration.ofMinutes(16)));
    assertStatus(
        get("/api/users/me", tokens.get("access_token").asText()),
        401,
        "invalid or expired access token");
    assertStatus(get("/api/users/me", null), 401, "missing access token");
    assertStatus(
        get("/api/users/me", "forged.token.value"), 401, "invalid or expired access token");
  }

  private void assertStatus(HttpResponse<String> response, int status, String message)
      throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    JsonNode body = json(response);
    assertThat(body.get("status").asInt()).isEqualTo(status);
    assertThat(body.get("detail").asText()).contains(message);
  }

  private HttpResponse<String> post(String path, String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path, String token) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    return JSON.readTree(response.body());
  }
}
