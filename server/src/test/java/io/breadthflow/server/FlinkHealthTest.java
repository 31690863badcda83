package io.breadthflow.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breadthflow.app.config.ClusterLinks;
import io.breadthflow.app.stream.ClusterJobService;
import io.breadthflow.app.stream.FlinkAddress;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.connector.datagen.source.GeneratorFunction;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /health}'s {@code flink} component against a real Flink: a MiniCluster with its REST
 * endpoint on a free port, running a small job under the BreadthFlow job's name; and with no
 * JobManager listening at all.
 */
class FlinkHealthTest {
  private static final ObjectMapper JSON = new ObjectMapper();

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
  void flinkIsDegradedWithoutAJobAndUpWithTheRunningJobAndItsLastCheckpoint() throws Exception {
    Configuration flinkConfig = new Configuration();
    flinkConfig.set(RestOptions.BIND_PORT, "0");
    flinkConfig.set(RestOptions.ADDRESS, "127.0.0.1");
    try (MiniCluster flink =
        new MiniCluster(
            new MiniClusterConfiguration.Builder()
                .setConfiguration(flinkConfig)
                .setNumTaskManagers(1)
                .setNumSlotsPerTaskManager(1)
                .build())) {
      flink.start();
      int restPort = flink.getRestAddress().get().getPort();

      try (ApiServer server = start(new FlinkAddress("127.0.0.1", restPort))) {
        JsonNode idle = health(server);
        assertThat(idle.path("status").asText()).isEqualTo("degraded");
        assertThat(idle.path("components").path("flink").path("status").asText())
            .isEqualTo("degraded");
        assertThat(idle.path("components").path("flink").path("detail").asText())
            .isEqualTo("1 TaskManager, no job runs");
      }

      JobClient job = submitSlowJob(restPort);
      try (ApiServer server = start(new FlinkAddress("127.0.0.1", restPort))) {
        await("the job running with a completed checkpoint")
            .atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofSeconds(1))
            .until(
                () ->
                    health(server)
                        .path("components")
                        .path("flink")
                        .path("detail")
                        .asText()
                        .contains("last checkpoint"));
        JsonNode flinkHealth = health(server).path("components").path("flink");
        assertThat(flinkHealth.path("status").asText()).isEqualTo("up");
        assertThat(flinkHealth.path("detail").asText())
            .matches("1 TaskManager, job RUNNING, last checkpoint \\d+ s ago");
        assertThat(health(server).path("status").asText()).isEqualTo("up");
      } finally {
        job.cancel().get();
      }
    }
  }

  @Test
  void flinkIsDownWhenNoJobManagerAnswersAndTheServerStillServes() throws Exception {
    int nobody = freePort();
    try (ApiServer server = start(new FlinkAddress("127.0.0.1", nobody))) {
      HttpResponse<String> response = get(server, "/health");
      JsonNode body = JSON.readTree(response.body());

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(body.path("status").asText()).isEqualTo("degraded");
      assertThat(body.path("components").path("store").path("status").asText()).isEqualTo("up");
      JsonNode flink = body.path("components").path("flink");
      assertThat(flink.path("status").asText()).isEqualTo("down");
      assertThat(flink.path("detail").asText())
          .isEqualTo("the JobManager does not answer (see the server log)")
          .doesNotContain("127.0.0.1")
          .doesNotContain(String.valueOf(nobody));
    }
  }

  /** A job under the BreadthFlow job's name: ten numbers a second, checkpointed every 200 ms. */
  private static JobClient submitSlowJob(int restPort) throws Exception {
    Configuration config = new Configuration();
    config.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, Duration.ofMillis(200));
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.createRemoteEnvironment("127.0.0.1", restPort, config);
    env.setParallelism(1);
    env.fromSource(
            new DataGeneratorSource<>(
                (GeneratorFunction<Long, Long>) index -> index,
                Long.MAX_VALUE,
                RateLimiterStrategy.perSecond(10),
                Types.LONG),
            WatermarkStrategy.noWatermarks(),
            "numbers")
        .sinkTo(new DiscardingSink<>());
    return env.executeAsync(ClusterJobService.JOB_NAME);
  }

  private ApiServer start(FlinkAddress flink) {
    return ApiServer.start(
        testStore.application(),
        TestStore.config(1_000, 1 << 20).withCluster(ClusterLinks.NONE.withFlink(flink)));
  }

  private JsonNode health(ApiServer server) throws Exception {
    return JSON.readTree(get(server, "/health").body());
  }

  private HttpResponse<String> get(ApiServer server, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
