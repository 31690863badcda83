package io.breadthflow.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breadthflow.app.UseCaseException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PeerServersTest {
  @Test
  void aListKeepsItsOrderWithoutTrailingSlashesBlanksOrDuplicates() {
    PeerServers peers =
        PeerServers.parse(" http://127.0.0.1:18080/, https://api.example ,,http://127.0.0.1:18080");

    assertThat(peers.urls())
        .containsExactly(URI.create("http://127.0.0.1:18080"), URI.create("https://api.example"));
  }

  @Test
  void anythingButAnHttpBaseUrlIsAOneLineErrorNamingIt() {
    for (String bad :
        List.of(
            "127.0.0.1:18080",
            "ws://127.0.0.1:18080",
            "javascript:alert(1)",
            "http://",
            "http://h:99999",
            "http://user:pw@h:1",
            "http://h:1/api",
            "http://h:1?x=1",
            "http://h:1#top",
            "http://h 1")) {
      assertThatThrownBy(() -> PeerServers.parse("http://ok:1," + bad))
          .as(bad)
          .isInstanceOf(UseCaseException.class)
          .hasMessageStartingWith("BF_API_SERVERS lists http(s)://HOST[:PORT] base URLs, got '");
    }
  }

  @Test
  void theConfigurationLinksAServerToItsPeersFromBfApiServers() {
    ClusterLinks links =
        Configuration.of(Map.of("BF_API_SERVERS", "http://10.0.0.1:8083,http://10.0.0.2:8083"))
            .cluster();

    assertThat(links.peers().urls())
        .containsExactly(URI.create("http://10.0.0.1:8083"), URI.create("http://10.0.0.2:8083"));
    assertThat(Configuration.of(Map.of()).apiServers()).isEqualTo(PeerServers.NONE);
    assertThat(Configuration.keys()).contains("BF_API_SERVERS");
  }
}
