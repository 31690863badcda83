package io.breadthflow.cli.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.breadthflow.core.domain.Trade;
import io.breadthflow.ingest.sim.SimulatedTrades;
import io.breadthflow.stream.cluster.FlinkRest;
import io.breadthflow.stream.kafka.Topics;
import java.io.BufferedWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The distributed mode on real processes: {@code bf infra start} brings up three Kafka brokers, a
 * Flink JobManager and two TaskManagers and two API servers; the same trades replayed through the
 * cluster job give exactly the clean run's records on the output topics (read committed) and rows
 * in PostgreSQL when a TaskManager, the broker leading {@code market-data}, or the JobManager is
 * killed mid-stream; {@code bf infra stop} leaves no process behind.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFaultsIT {
  private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";
  private static final int PORT_BASE = 28_000;
  private static final List<String> SYMBOLS = List.of("AAPL", "MSFT", "JPM", "XOM", "GE", "IBM");
  private static final int TRADES = 600_000;

  private Path work;
  private ClusterProcess bf;
  private String bootstrap;
  private FlinkRest flink;
  private PipelineOutputs clean;

  @BeforeAll
  void startClusterAndRunCleanly() throws Exception {
    Assumptions.assumeTrue(
        Files.isRegularFile(ClusterProcess.JAR), "bf.jar is built by the package phase");
    Assumptions.assumeTrue(postgresAnswers(), "PostgreSQL on 127.0.0.1:5432 is needed");
    work = Files.createDirectories(Path.of("target", "cluster-it").toAbsolutePath());
    bf = new ClusterProcess(work, Map.of("BF_STORE_URL", store("bf_it_clean")));
    for (String database :
        List.of(
            "bf_it_clean", "bf_it_tm", "bf_it_broker", "bf_it_api", "bf_it_jm", "bf_it_chaos")) {
      recreate(database);
    }
    bf.ok(5, "infra", "stop", "--home", home(), "--port-base", String.valueOf(PORT_BASE));
    deleteTree(work.resolve("infra"));
    bf.ok(5, "infra", "start", "--home", home(), "--port-base", String.valueOf(PORT_BASE));
    bootstrap =
        String.format(
            Locale.ROOT,
            "127.0.0.1:%d,127.0.0.1:%d,127.0.0.1:%d",
            PORT_BASE + 92,
            PORT_BASE + 93,
            PORT_BASE + 94);
    flink = new FlinkRest("127.0.0.1", PORT_BASE + 88);
    Path trades = writeTrades(work.resolve("trades.csv"));
    bf.ok(
        5,
        "stream",
        "run",
        "--source",
        "replay",
        "--input",
        trades.toString(),
        "--to",
        "kafka",
        "--kafka",
        bootstrap);
    clean = run("bf_it_clean", Fault.NONE);
    assertThat(clean.topics().get(Topics.BARS)).hasSizeGreaterThan(1_000);
    assertThat(clean.topics().get(Topics.ALERTS)).isNotEmpty();
    assertThat(clean.topics().get(Topics.EVENTS)).isNotEmpty();
    assertThat(clean.tables().get("bars")).hasSameSizeAs(clean.topics().get(Topics.BARS));
  }

  @AfterAll
  void stopLeavesNoProcessBehind() throws Exception {
    if (bf == null) {
      return;
    }
    List<Long> pids = pids();
    bf.ok(5, "infra", "stop", "--home", home(), "--port-base", String.valueOf(PORT_BASE));
    assertThat(pids).isNotEmpty();
    assertThat(pids).allSatisfy(pid -> assertThat(ProcessHandle.of(pid)).isEmpty());
  }

  @Test
  @Order(1)
  void aTaskManagerKilledMidStreamLosesAndDuplicatesNothingAndBothServersShowTheSameBars()
      throws Exception {
    try (LiveBars first = LiveBars.connect(live(1));
        LiveBars second = LiveBars.connect(live(2))) {
      assertThat(run("bf_it_tm", Fault.TASK_MANAGER)).isEqualTo(clean);
      List<String> expected = barsOf(clean);
      await()
          .atMost(Duration.ofMinutes(1))
          .untilAsserted(
              () -> {
                assertThat(first.received()).hasSameSizeAs(expected);
                assertThat(second.received()).hasSameSizeAs(expected);
              });
      assertThat(first.received()).isEqualTo(expected);
      assertThat(second.received()).isEqualTo(expected);
    }
    restartWhatDied();
  }

  private static URI live(int server) {
    return URI.create("ws://127.0.0.1:" + (PORT_BASE + 79 + server) + "/ws/live");
  }

  private static List<String> barsOf(PipelineOutputs outputs) {
    return outputs.topics().get(Topics.BARS).stream().map(LiveBars::identity).sorted().toList();
  }

  @Test
  @Order(2)
  void theBrokerLeadingMarketDataKilledMidStreamLosesAndDuplicatesNothing() throws Exception {
    assertThat(run("bf_it_broker", Fault.BROKER)).isEqualTo(clean);
    restartWhatDied();
  }

  @Test
  @Order(3)
  void anApiServerKilledLeavesTheOtherServersClientsEveryEvent() throws Exception {
    try (LiveBars client = LiveBars.connect(live(2))) {
      kill("api-1");
      assertThat(run("bf_it_api", Fault.NONE)).isEqualTo(clean);
      List<String> expected = barsOf(clean);
      await()
          .atMost(Duration.ofMinutes(1))
          .untilAsserted(() -> assertThat(client.received()).hasSameSizeAs(expected));
      assertThat(client.received()).isEqualTo(expected);
    }
    restartWhatDied();
  }

  @Test
  @Order(4)
  void aJobManagerKilledMidStreamThenRestartedAndResumedLosesAndDuplicatesNothing()
      throws Exception {
    assertThat(run("bf_it_jm", Fault.JOB_MANAGER)).isEqualTo(clean);
  }

  @Test
  @Order(5)
  void chaosKillsUnderTheRunningJobWhichRecoversEachTimeAndStopsWithASavepoint() throws Exception {
    Path checkpoints = work.resolve("checkpoints-chaos");
    String flinkAddress = "127.0.0.1:" + (PORT_BASE + 88);
    String id =
        bf.ok(
                3,
                "stream",
                "run",
                "--source",
                "kafka",
                "--fresh",
                "--flink",
                flinkAddress,
                "--kafka",
                bootstrap,
                "--store",
                store("bf_it_chaos"),
                "--symbols",
                String.join(",", SYMBOLS),
                "--checkpoint-dir",
                checkpoints.toString(),
                "--checkpoint-interval",
                "1s")
            .lastLine();
    await().atMost(Duration.ofMinutes(2)).until(() -> flink.latestCheckpoint(id).isPresent());

    ClusterProcess.Result chaos =
        bf.ok(
            8,
            "infra",
            "chaos",
            "--trials",
            "2",
            "--seed",
            "7",
            "--home",
            home(),
            "--port-base",
            String.valueOf(PORT_BASE));

    assertThat(chaos.out()).contains("job " + id).contains("recovery: median");
    assertThat(chaos.out().lines().filter(line -> line.matches(" +[12] .* ms RUNNING"))).hasSize(2);
    assertThat(bf.ok(2, "stream", "status", "--flink", flinkAddress).out())
        .contains(id + " RUNNING");
    ClusterProcess.Result stop =
        bf.ok(
            3,
            "stream",
            "stop",
            "--savepoint",
            "--flink",
            flinkAddress,
            "--checkpoint-dir",
            checkpoints.toString());
    assertThat(stop.lastLine()).startsWith("stopped " + id + " with savepoint ");
    assertThat(flink.job(id).orElseThrow().state()).isEqualTo("FINISHED");
    assertThat(checkpoints.resolve("savepoints")).isDirectory();
  }

  @Test
  @Order(6)
  void startingARunningClusterIsRefused() throws Exception {
    ClusterProcess.Result again =
        bf.run(2, "infra", "start", "--home", home(), "--port-base", String.valueOf(PORT_BASE));
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err().strip())
        .isEqualTo(
            "bf: the cluster is already running; see bf infra status, or bf infra stop first");
  }

  private enum Fault {
    NONE,
    TASK_MANAGER,
    BROKER,
    JOB_MANAGER
  }

  /** Runs the job over all of market-data into {@code database}, with {@code fault} mid-stream. */
  private PipelineOutputs run(String database, Fault fault) throws Exception {
    Map<TopicPartition, Long> before = PipelineOutputs.ends(bootstrap);
    Path checkpoints = work.resolve("checkpoints-" + database);
    deleteTree(checkpoints);
    String[] job = {
      "--flink",
      "127.0.0.1:" + (PORT_BASE + 88),
      "--kafka",
      bootstrap,
      "--store",
      store(database),
      "--symbols",
      String.join(",", SYMBOLS),
      "--interval",
      "1m,5m",
      "--read-to-end",
      "--checkpoint-dir",
      checkpoints.toString(),
      "--checkpoint-interval",
      "1s"
    };
    String id =
        bf.ok(3, concat(new String[] {"stream", "run", "--source", "kafka", "--fresh"}, job))
            .lastLine();
    if (fault != Fault.NONE) {
      await().atMost(Duration.ofMinutes(2)).until(() -> flink.latestCheckpoint(id).isPresent());
      assertThat(flink.job(id).orElseThrow().state()).isEqualTo("RUNNING");
      kill(fault);
    }
    if (fault == Fault.JOB_MANAGER) {
      restartWhatDied();
      String resumed = bf.ok(3, concat(new String[] {"stream", "resume"}, job)).lastLine();
      awaitFinished(resumed);
    } else {
      awaitFinished(id);
      if (fault == Fault.TASK_MANAGER) {
        assertThat(flink.failures(id)).isPositive();
      }
    }
    return PipelineOutputs.since(bootstrap, before, store(database));
  }

  private void awaitFinished(String id) {
    await()
        .atMost(Duration.ofMinutes(4))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> flink.job(id).map(FlinkRest.Job::state).orElse(""), "FINISHED"::equals);
  }

  private void kill(Fault fault) throws Exception {
    kill(
        switch (fault) {
          case TASK_MANAGER -> "taskmanager-1";
          case BROKER -> "kafka-" + leaderOfMarketData();
          case JOB_MANAGER -> "jobmanager";
          case NONE -> throw new IllegalArgumentException("no fault");
        });
  }

  /** {@code kill -9} of node {@code node}. */
  private void kill(String node) throws Exception {
    ProcessHandle process = ProcessHandle.of(pid(node)).orElseThrow();
    process.destroyForcibly();
    process.onExit().get();
  }

  private void restartWhatDied() throws Exception {
    bf.ok(5, "infra", "start", "--home", home(), "--port-base", String.valueOf(PORT_BASE));
    String status =
        bf.ok(2, "infra", "status", "--home", home(), "--port-base", String.valueOf(PORT_BASE))
            .out();
    assertThat(status).doesNotContain("stopped").doesNotContain("not answering");
  }

  private int leaderOfMarketData() throws Exception {
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
      return admin
          .describeTopics(List.of(Topics.MARKET_DATA))
          .allTopicNames()
          .get()
          .get(Topics.MARKET_DATA)
          .partitions()
          .get(0)
          .leader()
          .id();
    }
  }

  private long pid(String node) throws Exception {
    return Long.parseLong(
        Files.readString(work.resolve("infra").resolve("pids").resolve(node + ".pid"))
            .trim()
            .split(" ")[0]);
  }

  private List<Long> pids() throws Exception {
    try (var files = Files.list(work.resolve("infra").resolve("pids"))) {
      return files
          .map(file -> file.getFileName().toString().replace(".pid", ""))
          .map(
              node -> {
                try {
                  return pid(node);
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              })
          .toList();
    }
  }

  private String home() {
    return work.resolve("infra").toString();
  }

  private static Path writeTrades(Path file) throws Exception {
    double[] prices = new double[SYMBOLS.size()];
    Arrays.fill(prices, 100);
    SimulatedTrades simulated =
        new SimulatedTrades(SYMBOLS, prices, 20, Instant.parse("2024-03-01T14:30:00Z"), 11);
    try (BufferedWriter out = Files.newBufferedWriter(file)) {
      out.write("time,symbol,price,size\n");
      for (int i = 0; i < TRADES; i++) {
        Trade trade = simulated.next();
        out.write(trade.time() + "," + trade.symbol() + "," + trade.price() + "," + trade.size());
        out.write('\n');
      }
    }
    return file;
  }

  private static String store(String database) {
    return POSTGRES + database + "?user=postgres";
  }

  private static boolean postgresAnswers() {
    try (Connection ignored = DriverManager.getConnection(store("postgres"))) {
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  private static void recreate(String database) throws SQLException {
    try (Connection connection = DriverManager.getConnection(store("postgres"));
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
      statement.execute("CREATE DATABASE " + database);
    }
  }

  private static void deleteTree(Path dir) throws Exception {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private static String[] concat(String[] head, String[] tail) {
    String[] all = Arrays.copyOf(head, head.length + tail.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }
}
