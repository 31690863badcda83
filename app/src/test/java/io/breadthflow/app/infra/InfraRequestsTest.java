package io.breadthflow.app.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.store.StoreConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InfraRequestsTest {
  @TempDir Path dir;

  @Test
  void theLayoutPlacesEveryPortFromTheBaseAndRefusesABaseOutOfRange() {
    InfraLayout layout = new InfraLayout(dir, 20_000);
    assertThat(layout.apiPort(1)).isEqualTo(20_080);
    assertThat(layout.apiPort(2)).isEqualTo(20_081);
    assertThat(layout.flinkAddress()).isEqualTo("127.0.0.1:20088");
    assertThat(layout.kafkaBootstrap())
        .isEqualTo("127.0.0.1:20092,127.0.0.1:20093,127.0.0.1:20094");
    assertThat(layout.ports()).extracting(InfraLayout.BoundPort::port).doesNotHaveDuplicates();
    assertThat(layout.nodes())
        .extracting(ClusterNode::name)
        .containsExactly(
            "kafka-1",
            "kafka-2",
            "kafka-3",
            "jobmanager",
            "taskmanager-1",
            "taskmanager-2",
            "api-1",
            "api-2");
    assertThatThrownBy(() -> new InfraLayout(dir, 80))
        .isInstanceOf(UseCaseException.class)
        .hasMessage("--port-base must be between 1024 and 65000, got 80");
    assertThatThrownBy(() -> new InfraLayout(dir, 65_001)).isInstanceOf(UseCaseException.class);
  }

  @Test
  void aClusterNeedsAValidRedisUrlAndChaosAValidTrialCountAndKind() {
    InfraLayout layout = new InfraLayout(dir, 20_000);
    StoreConfig store = StoreConfig.fromEnvironment(java.util.Map.of(), null);
    InfraStart.ApiServerLaunch launch = new InfraStart.ApiServerLaunch("Main", List.of("serve"));
    assertThatThrownBy(() -> new InfraStart(layout, store, "http://x", Optional.empty(), launch))
        .isInstanceOf(UseCaseException.class)
        .hasMessageStartingWith("BF_REDIS_URL must be redis://");
    InfraStart start = new InfraStart(layout, store, InfraStart.DEFAULT_REDIS, null, launch);
    assertThatThrownBy(() -> new ChaosRequest(start, 0, 1, ChaosRequest.RECOVERABLE))
        .hasMessage("--trials must be between 1 and 100, got 0");
    assertThatThrownBy(() -> new ChaosRequest(start, 101, 1, ChaosRequest.RECOVERABLE))
        .isInstanceOf(UseCaseException.class);
    assertThatThrownBy(() -> new ChaosRequest(start, 1, 1, Set.of(ClusterNode.Role.JOB_MANAGER)))
        .isInstanceOf(UseCaseException.class)
        .hasMessageStartingWith("chaos kills TaskManagers and Kafka brokers");
  }

  @Test
  void aClusterOnDuckDbIsRefusedBeforeAnyProcessStarts() {
    InfraStart start =
        new InfraStart(
            new InfraLayout(dir, 20_000),
            StoreConfig.fromEnvironment(
                java.util.Map.of("BF_STORE_URL", "jdbc:duckdb:" + dir.resolve("x.duckdb")), null),
            InfraStart.DEFAULT_REDIS,
            Optional.empty(),
            new InfraStart.ApiServerLaunch("Main", List.of("serve")));

    assertThatThrownBy(
            () -> new InfraService().start(start, io.breadthflow.app.run.Progress.SILENT))
        .isInstanceOf(UseCaseException.class)
        .hasMessageStartingWith("the cluster shares a PostgreSQL store");
    assertThat(dir.resolve("pids")).doesNotExist();
  }

  @Test
  void theStatusOfAClusterNeverStartedShowsEveryProcessStopped() {
    InfraStatus status = new InfraService().status(new InfraLayout(dir, 20_000));

    assertThat(status.allStopped()).isTrue();
    assertThat(status.nodes()).hasSize(8);
  }

  @Test
  void logsNameTheProcessesThereAreAndTheirLastLines() throws Exception {
    InfraLayout layout = new InfraLayout(dir, 20_000);
    Files.createDirectories(layout.logs());
    StringBuilder log = new StringBuilder();
    for (int i = 1; i <= 1_000; i++) {
      log.append("line ").append(i).append('\n');
    }
    Files.writeString(layout.log("kafka-2"), log);
    InfraService infra = new InfraService();

    assertThat(infra.log(layout, "kafka-2", 3))
        .containsExactly("line 998", "line 999", "line 1000");
    assertThat(infra.log(layout, "api-1", 3)).isEmpty();
    assertThatThrownBy(() -> infra.log(layout, "kafka-9", 3))
        .isInstanceOf(UseCaseException.class)
        .hasMessageStartingWith("no process kafka-9; the cluster has kafka-1, kafka-2");
    assertThatThrownBy(() -> infra.log(layout, "kafka-2", 0))
        .hasMessage("--lines must be between 1 and 100000, got 0");
  }
}
