package io.breadthflow.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.breadthflow.app.config.ClusterLinks;
import io.breadthflow.app.config.PeerServers;
import io.breadthflow.app.config.ReadAccess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/servers} and the content security policy that lets a dashboard fail over. */
class PeerServersRouteTest {
  private static final String PEERS = "http://127.0.0.1:18080,https://api-2.example:8443";

  @TempDir Path dir;
  private TestStore testStore;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void open() throws Exception {
    testStore = new TestStore("duckdb", dir);
  }

  @AfterEach
  void close() throws Exception {
    testStore.close();
  }

  @Test
  void theServerListIsPublicEvenWithPrivateReads() throws Exception {
    try (ApiServer server = start(PeerServers.parse(PEERS), ReadAccess.PRIVATE)) {
      HttpResponse<String> servers = get(server, "/api/servers");

      assertThat(servers.statusCode()).isEqualTo(200);
      assertThat(new ObjectMapper().readValue(servers.body(), List.class))
          .containsExactly("http://127.0.0.1:18080", "https://api-2.example:8443");
      assertThat(get(server, "/api/universes").statusCode()).isEqualTo(401);
    }
  }

  @Test
  void theDashboardMayOpenTheLivePushOfEachPeerAndNoOtherConnection() throws Exception {
    try (ApiServer server = start(PeerServers.parse(PEERS), ReadAccess.PUBLIC)) {
      String policy =
          get(server, "/").headers().firstValue("Content-Security-Policy").orElseThrow();

      assertThat(policy)
          .contains("default-src 'self'")
          .contains("; connect-src 'self' ws://127.0.0.1:18080 wss://api-2.example:8443")
          .doesNotContain("script-src");
    }
  }

  @Test
  void aServerOnItsOwnListsNoPeerAndConnectsToItsOwnOriginOnly() throws Exception {
    try (ApiServer server = start(PeerServers.NONE, ReadAccess.PUBLIC)) {
      HttpResponse<String> servers = get(server, "/api/servers");

      assertThat(servers.body()).isEqualTo("[]");
      assertThat(servers.headers().firstValue("Content-Security-Policy").orElseThrow())
          .doesNotContain("connect-src");
    }
  }

  private ApiServer start(PeerServers peers, ReadAccess reads) {
    return ApiServer.start(
        testStore.application(),
        TestStore.config(1_000, 1 << 20)
            .withAccess(List.of(), reads)
            .withCluster(
                new ClusterLinks(Optional.empty(), Optional.empty(), peers, Optional.empty())));
  }

  private HttpResponse<String> get(ApiServer server, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
