package io.breadthflow.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code X-Request-Id}: kept when safe, generated otherwise, echoed in every response. */
class RequestIdsTest {
  private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  @TempDir Path dir;
  private TestStore store;
  private ApiServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    store = new TestStore("duckdb", dir);
    server = store.serve(600);
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
    store.close();
  }

  @Test
  void aSafeRequestIdIsEchoed() throws Exception {
    assertThat(requestIdOf("/health", "trace-01.A_b")).isEqualTo("trace-01.A_b");
  }

  @Test
  void anErrorResponseEchoesTheRequestIdToo() throws Exception {
    assertThat(requestIdOf("/no/such/page", "abc-123")).isEqualTo("abc-123");
  }

  @Test
  void anUnsafeOrMissingRequestIdIsReplacedByAGeneratedOne() throws Exception {
    assertThat(requestIdOf("/health", "<script>")).matches(UUID);
    assertThat(requestIdOf("/health", "x".repeat(65))).matches(UUID);
    assertThat(requestIdOf("/health", null)).matches(UUID);
  }

  @Test
  void theIdRulesKeepOnlyShortTokens() {
    assertThat(RequestIds.idFor("a")).isEqualTo("a");
    assertThat(RequestIds.idFor("x".repeat(64))).isEqualTo("x".repeat(64));
    assertThat(RequestIds.idFor("has space")).matches(UUID);
    assertThat(RequestIds.idFor("")).matches(UUID);
  }

  private String requestIdOf(String path, String sent) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    if (sent != null) {
      request.header(RequestIds.HEADER, sent);
    }
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return response.headers().firstValue(RequestIds.HEADER).orElseThrow();
  }
}
