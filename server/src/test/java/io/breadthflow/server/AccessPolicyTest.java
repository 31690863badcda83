package io.breadthflow.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.app.config.ReadAccess;
import io.breadthflow.store.MarketStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CORS origins and the private-reads switch. */
class AccessPolicyTest {
  @TempDir Path dir;
  private TestStore testStore;
  private MarketStore store;
  private ApiServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    testStore = new TestStore("duckdb", dir);
    store = testStore.store();
    server =
        ApiServer.start(
            testStore.application(),
            TestStore.config(1_000, 1 << 20)
                .withAccess(List.of("https://dashboard.example"), ReadAccess.PRIVATE));
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
    testStore.close();
  }

  @Test
  void privateReadsNeedATokenButHealthAndAccountsDoNot() throws Exception {
    assertThat(send(get("/api/universes")).statusCode()).isEqualTo(401);
    assertThat(send(get("/health")).statusCode()).isEqualTo(200);
    String token = TestUsers.accessToken(server.port(), "reader");

    HttpResponse<String> allowed =
        send(
            HttpRequest.newBuilder(uri("/api/universes"))
                .header("Authorization", "Bearer " + token)
                .build());

    assertThat(allowed.statusCode()).isEqualTo(200);
  }

  @Test
  void onlyConfiguredOriginsGetCorsHeaders() throws Exception {
    HttpResponse<String> friend =
        send(
            HttpRequest.newBuilder(uri("/health"))
                .header("Origin", "https://dashboard.example")
                .build());
    HttpResponse<String> stranger =
        send(
            HttpRequest.newBuilder(uri("/health"))
                .header("Origin", "https://evil.example")
                .build());

    assertThat(friend.headers().firstValue("Access-Control-Allow-Origin"))
        .contains("https://dashboard.example");
    assertThat(stranger.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  private HttpRequest get(String path) {
    return HttpRequest.newBuilder(uri(path)).build();
  }

  private HttpRequest post(String path, String body) {
    return HttpRequest.newBuilder(uri(path))
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  private HttpResponse<String> send(HttpRequest request) throws Exception {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }
}
