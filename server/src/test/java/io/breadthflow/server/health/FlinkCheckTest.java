package io.breadthflow.server.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.breadthflow.stream.cluster.FlinkRest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The states a JobManager's REST answers map to, on canned answers in Flink's format (a real
 * cluster is in {@code FlinkHealthTest}).
 */
class FlinkCheckTest {
  private static final Instant NOW = Instant.parse("2026-03-02T15:00:00Z");
  private static final String JOB = "bf stream (kafka)";

  private final Map<String, String> answers = new ConcurrentHashMap<>();
  private final AtomicInteger requests = new AtomicInteger();
  private HttpServer jobManager;
  private FlinkCheck check;

  @BeforeEach
  void start() throws IOException {
    jobManager = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    jobManager.createContext(
        "/",
        exchange -> {
          requests.incrementAndGet();
          String body = answers.get(exchange.getRequestURI().getPath());
          byte[] bytes = (body == null ? "{}" : body).getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
          }
        });
    jobManager.start();
    answers.put("/overview", "{\"taskmanagers\":2,\"slots-total\":4,\"slots-available\":2}");
    check =
        new FlinkCheck(
            new FlinkRest("127.0.0.1", jobManager.getAddress().getPort()),
            JOB,
            Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @AfterEach
  void stop() {
    check.close();
    jobManager.stop(0);
  }

  @Test
  void aRestartingJobIsDegradedWithItsState() {
    jobs(job("a1", JOB, "RESTARTING", 2_000));
    answers.put("/jobs/a1/checkpoints", checkpoint(NOW.minusSeconds(190)));

    assertThat(check.check())
        .isEqualTo(
            ComponentHealth.degraded("2 TaskManagers, job RESTARTING, last checkpoint 3 min ago"));
  }

  @Test
  void onlyTheNewestLiveJobOfTheBreadthFlowNameCounts() {
    jobs(
        job("other", "someone else's job", "RUNNING", 3_000),
        job("new", JOB, "RUNNING", 2_000),
        job("old", JOB, "FAILED", 1_000));
    answers.put("/jobs/new/checkpoints", checkpoint(NOW.minusSeconds(4)));

    assertThat(check.check())
        .isEqualTo(ComponentHealth.up("2 TaskManagers, job RUNNING, last checkpoint 4 s ago"));
  }

  @Test
  void endedJobsOnlyMeanNoJobRuns() {
    jobs(job("old", JOB, "CANCELED", 1_000));

    assertThat(check.check()).isEqualTo(ComponentHealth.degraded("2 TaskManagers, no job runs"));
  }

  @Test
  void aRunningJobWithoutACheckpointYetSaysSo() {
    jobs(job("a1", JOB, "RUNNING", 1_000));
    answers.put("/jobs/a1/checkpoints", "{\"latest\":{\"completed\":null}}");

    assertThat(check.check())
        .isEqualTo(ComponentHealth.up("2 TaskManagers, job RUNNING, no checkpoint yet"));
  }

  @Test
  void theAnswerIsKeptForFiveSeconds() {
    jobs();
    check.check();
    int asked = requests.get();

    check.check();

    assertThat(requests.get()).isEqualTo(asked);
  }

  private void jobs(String... jobs) {
    answers.put("/jobs/overview", "{\"jobs\":[" + String.join(",", jobs) + "]}");
  }

  private static String job(String id, String name, String state, long start) {
    return "{\"jid\":\""
        + id
        + "\",\"name\":\""
        + name
        + "\",\"state\":\""
        + state
        + "\",\"start-time\":"
        + start
        + ",\"duration\":1000}";
  }

  private static String checkpoint(Instant completed) {
    return "{\"counts\":{\"restored\":1},\"latest\":{\"completed\":{\"id\":7,"
        + "\"external_path\":\"file:/tmp/chk-7\",\"latest_ack_timestamp\":"
        + completed.toEpochMilli()
        + ",\"state_size\":100}}}";
  }
}
