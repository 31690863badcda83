package io.breadthflow.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breadthflow.app.config.ClusterLinks;
import io.breadthflow.app.config.PeerServers;
import io.breadthflow.app.config.RedisUrl;
import io.breadthflow.app.config.ServerConfig;
import io.breadthflow.app.shared.SharedState;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two API servers of one deployment in this JVM, sharing one store and one Redis: a client cannot
 * multiply its limits by talking to both, and a login revoked on one is revoked on the other.
 */
class SharedLimitsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ALICE = "{\"username\":\"alice\",\"password\":\"longenough\"}";

  @TempDir Path dir;
  private final HttpClient http = HttpClient.newHttpClient();
  private final List<ApiServer> servers = new ArrayList<>();
  private TestStore testStore;
  private RedisUrl redis;
  private String prefix;

  @BeforeEach
  void open() throws Exception {
    redis = TestRedis.url();
    prefix = TestRedis.prefix();
    testStore = new TestStore("duckdb", dir);
  }

  @AfterEach
  void close() throws Exception {
    servers.forEach(ApiServer::close);
    testStore.close();
  }

  @Test
  void aClientHittingBothServersIsRefusedOnceTheOneSharedLimitIsUsedUp() throws Exception {
    ApiServer a = serve(6, redis);
    ApiServer b = serve(6, redis);

    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      statuses.add(get(i % 2 == 0 ? a : b, "/api/universes").statusCode());
    }
    HttpResponse<String> refusedByA = get(a, "/api/universes");
    HttpResponse<String> refusedByB = get(b, "/api/universes");

    assertThat(statuses).containsOnly(200);
    assertThat(refusedByA.statusCode()).isEqualTo(429);
    assertThat(refusedByB.statusCode()).isEqualTo(429);
    assertThat(refusedByB.headers().firstValue("Retry-After"))
        .hasValueSatisfying(seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 10L));
  }

  @Test
  void aRefreshTokenRevokedOnOneServerIsRefusedOnTheOther() throws Exception {
    ApiServer a = serve(1_000, redis);
    ApiServer b = serve(1_000, redis);
    post(a, "/api/users/register", ALICE);
    String refresh = json(post(a, "/api/users/login", ALICE)).get("refresh_token").asText();

    int logout = post(a, "/api/users/logout", refreshBody(refresh)).statusCode();
    HttpResponse<String> refused = post(b, "/api/users/refresh-token", refreshBody(refresh));

    assertThat(logout).isLessThan(300);
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(json(refused).get("detail").asText()).contains("revoked");
  }

  @Test
  void aReusedRefreshTokenRevokesTheLoginOnEveryServer() throws Exception {
    ApiServer a = serve(1_000, redis);
    ApiServer b = serve(1_000, redis);
    post(a, "/api/users/register", ALICE);
    String first = json(post(a, "/api/users/login", ALICE)).get("refresh_token").asText();
    String second =
        json(post(a, "/api/users/refresh-token", refreshBody(first))).get("refresh_token").asText();

    int reuse = post(b, "/api/users/refresh-token", refreshBody(first)).statusCode();
    int rotated = post(a, "/api/users/refresh-token", refreshBody(second)).statusCode();

    assertThat(reuse).isEqualTo(401);
    assertThat(rotated).isEqualTo(401);
  }

  @Test
  void failedLoginsOnEitherServerThrottleTheAccountOnBoth() throws Exception {
    ApiServer a = serve(1_000, redis);
    ApiServer b = serve(1_000, redis);
    post(a, "/api/users/register", ALICE);
    String wrong = "{\"username\":\"alice\",\"password\":\"not-the-one\"}";
    for (int i = 0; i < 3; i++) {
      assertThat(post(a, "/api/users/login", wrong).statusCode()).isEqualTo(401);
    }
    for (int i = 0; i < 2; i++) {
      assertThat(post(b, "/api/users/login", wrong).statusCode()).isEqualTo(401);
    }

    HttpResponse<String> throttled = post(a, "/api/users/login", ALICE);

    assertThat(throttled.statusCode()).isEqualTo(429);
    assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
  }

  @Test
  void healthReportsRedisAndARedisThatIsDownDegradesTheServerWithoutLeakingWhereItIs()
      throws Exception {
    ApiServer up = serve(1_000, redis);
    ApiServer down = serve(1_000, RedisUrl.parse("redis://127.0.0.1:1"));

    JsonNode healthy = json(get(up, "/health"));
    HttpResponse<String> degraded = get(down, "/health");
    HttpResponse<String> stillServing = get(down, "/api/universes");

    assertThat(healthy.get("status").asText()).isEqualTo("up");
    assertThat(healthy.at("/components/redis/status").asText()).isEqualTo("up");
    assertThat(degraded.statusCode()).isEqualTo(200);
    assertThat(json(degraded).get("status").asText()).isEqualTo("degraded");
    assertThat(json(degraded).at("/components/redis/status").asText()).isEqualTo("down");
    assertThat(degraded.body()).doesNotContain("127.0.0.1").doesNotContain("Exception");
    assertThat(stillServing.statusCode()).isEqualTo(200);
  }

  private ApiServer serve(int perMinute, RedisUrl url) {
    ServerConfig settings =
        TestStore.config(perMinute, 1 << 20)
            .withCluster(
                new ClusterLinks(
                    Optional.empty(), Optional.of(url), PeerServers.NONE, Optional.empty()));
    ApiServer server =
        ApiServer.start(
            testStore.application(), settings, SharedState.open(Optional.of(url), prefix));
    servers.add(server);
    return server;
  }

  private static String refreshBody(String token) {
    return "{\"refresh_token\":\"" + token + "\"}";
  }

  private HttpResponse<String> get(ApiServer server, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri(server, path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(ApiServer server, String path, String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri(server, path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static URI uri(ApiServer server, String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    return JSON.readTree(response.body());
  }
}
