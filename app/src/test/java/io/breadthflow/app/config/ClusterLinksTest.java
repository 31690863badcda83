package io.breadthflow.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.stream.FlinkAddress;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterLinksTest {
  @Test
  void bfFlinkRestLinksAServerToTheFlinkClusterItReportsInHealth() {
    ClusterLinks links = Configuration.of(Map.of("BF_FLINK_REST", "127.0.0.1:18088")).cluster();

    assertThat(links.flink()).contains(new FlinkAddress("127.0.0.1", 18088));
    assertThat(Configuration.of(Map.of()).cluster().flink()).isEmpty();
  }

  @Test
  void aFlinkEndpointThatIsNoHostAndPortIsRefusedAtStartUp() {
    assertThatThrownBy(() -> Configuration.of(Map.of("BF_FLINK_REST", "http://jm")).cluster())
        .isInstanceOf(UseCaseException.class)
        .hasMessageContaining("HOST:PORT");
  }
}
