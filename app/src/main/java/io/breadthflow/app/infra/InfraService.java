package io.breadthflow.app.infra;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.kafka.KafkaCluster;
import io.breadthflow.app.run.Progress;
import io.breadthflow.store.MarketStores;
import io.breadthflow.store.StoreConfig;
import io.breadthflow.store.StoreKind;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * {@code bf infra}: a real multi-process cluster on loopback from the product's own artifact —
 * three Kafka brokers (KRaft), a Flink JobManager and two TaskManagers, two API servers — over the
 * PostgreSQL and Redis this machine runs. Starting twice is refused; a port in use is named; stop
 * leaves no process behind.
 */
public final class InfraService {
  private static final Duration NODE_START = Duration.ofSeconds(120);
  private static final Duration STOP_GRACE = Duration.ofSeconds(30);

  private final ClusterProbe probe = new ClusterProbe();

  /**
   * Starts every process of {@code request}'s layout that does not run (all of them on a first
   * start; after a crash, the ones that died) and waits until each is healthy.
   *
   * @throws UseCaseException when every process runs already, a port is in use, the store is not
   *     PostgreSQL or Redis does not answer
   */
  public InfraStatus start(InfraStart request, Progress progress) throws Exception {
    InfraLayout layout = request.layout();
    ClusterProcesses processes = new ClusterProcesses(layout);
    List<ClusterNode> missing =
        layout.nodes().stream().filter(node -> processes.alive(node.name()).isEmpty()).toList();
    if (missing.isEmpty()) {
      throw UseCaseException.conflict(
          "the cluster is already running; see bf infra status, or bf infra stop first");
    }
    boolean whole = missing.size() == layout.nodes().size();
    for (InfraLayout.BoundPort port : layout.ports()) {
      boolean ours = whole || missing.stream().anyMatch(node -> node.name().equals(port.node()));
      if (ours && !free(port.port())) {
        throw UseCaseException.conflict(
            "port " + port.port() + " (" + port.owner() + ") is in use; choose --port-base");
      }
    }
    checkStore(request.store());
    if (!probe.redisAnswers(request.redisUrl())) {
      throw UseCaseException.invalid(
          "Redis does not answer at " + request.redisUrl() + " (set BF_REDIS_URL)");
    }
    ClusterFiles.write(layout);
    NodeStarter starter =
        new NodeStarter(
            layout,
            processes,
            new NodeCommands(layout, request.launch()),
            apiEnvironment(request, layout),
            progress);
    progress.begin("starting the cluster", missing.size());
    try {
      starter.start(missing);
      // the processes that ran already answer again too (TaskManagers register with a restarted
      // JobManager within seconds)
      for (ClusterNode node : layout.nodes()) {
        if (!missing.contains(node)) {
          await(processes, node.name(), () -> answers(layout, node));
        }
      }
    } catch (Exception | Error e) {
      processes.stop(starter.started(), STOP_GRACE);
      throw e;
    } finally {
      progress.end();
    }
    return status(layout);
  }

  private static Map<String, String> apiEnvironment(InfraStart request, InfraLayout layout) {
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put("BF_STORE_URL", request.store().url());
    environment.put("BF_JWT_SECRET", request.jwtSecret().orElseGet(() -> generatedSecret(layout)));
    environment.put("BF_REDIS_URL", request.redisUrl());
    environment.put("BF_KAFKA_BOOTSTRAP", layout.kafkaBootstrap());
    environment.put("BF_FLINK_REST", layout.flinkAddress());
    environment.put(
        "BF_API_SERVERS",
        "http://127.0.0.1:" + layout.apiPort(1) + ",http://127.0.0.1:" + layout.apiPort(2));
    return environment;
  }

  /** Starts nodes role by role (brokers, JobManager, TaskManagers, API servers), each healthy. */
  private final class NodeStarter {
    private final InfraLayout layout;
    private final ClusterProcesses processes;
    private final NodeCommands commands;
    private final Map<String, String> apiEnvironment;
    private final Progress progress;
    private final List<String> started = new ArrayList<>();

    NodeStarter(
        InfraLayout layout,
        ClusterProcesses processes,
        NodeCommands commands,
        Map<String, String> apiEnvironment,
        Progress progress) {
      this.layout = layout;
      this.processes = processes;
      this.commands = commands;
      this.apiEnvironment = apiEnvironment;
      this.progress = progress;
    }

    List<String> started() {
      return started;
    }

    void start(List<ClusterNode> nodes) throws Exception {
      List<ClusterNode> brokers = of(nodes, ClusterNode.Role.KAFKA_BROKER);
      if (!brokers.isEmpty()) {
        String clusterId = KafkaStorage.clusterId(layout);
        for (ClusterNode broker : brokers) {
          KafkaStorage.formatOnce(layout.kafkaNode(brokerId(broker)), clusterId);
        }
      }
      launchAndAwait(
          brokers,
          broker -> commands.kafka(brokerId(broker)),
          Map.of(),
          broker -> () -> answers(layout, broker));
      KafkaCluster.ensureTopics(layout.kafkaBootstrap());
      launchAndAwait(
          of(nodes, ClusterNode.Role.JOB_MANAGER),
          manager -> commands.jobManager(),
          Map.of(),
          manager -> () -> answers(layout, manager));
      launchAndAwait(
          of(nodes, ClusterNode.Role.TASK_MANAGER),
          manager -> commands.taskManager(manager.name()),
          Map.of(),
          manager -> () -> answers(layout, manager));
      launchAndAwait(
          of(nodes, ClusterNode.Role.API_SERVER),
          server -> commands.apiServer(server.port()),
          apiEnvironment,
          server -> () -> answers(layout, server));
    }

    /** Launches {@code nodes} together, then waits for each to answer. */
    private void launchAndAwait(
        List<ClusterNode> nodes,
        Function<ClusterNode, List<String>> command,
        Map<String, String> environment,
        Function<ClusterNode, BooleanSupplier> healthy)
        throws IOException, InterruptedException {
      for (ClusterNode node : nodes) {
        processes.launch(node.name(), command.apply(node), environment);
        started.add(node.name());
      }
      for (ClusterNode node : nodes) {
        await(processes, node.name(), healthy.apply(node));
        progress.step(node.name());
      }
    }
  }

  /** Whether {@code node} answers: a broker in the cluster, a TaskManager registered, … */
  private boolean answers(InfraLayout layout, ClusterNode node) {
    String rest = "http://" + layout.flinkAddress();
    return switch (node.role()) {
      case KAFKA_BROKER -> probe.liveBrokers(layout.kafkaBootstrap()).contains(brokerId(node));
      case JOB_MANAGER -> probe.httpAnswers(rest + "/overview");
      case TASK_MANAGER -> probe.taskManagers(rest).contains(node.name());
      case API_SERVER -> probe.httpAnswers(node.url() + "/health");
    };
  }

  private static int brokerId(ClusterNode broker) {
    return Integer.parseInt(broker.name().substring("kafka-".length()));
  }

  private static List<ClusterNode> of(List<ClusterNode> nodes, ClusterNode.Role role) {
    return nodes.stream().filter(node -> node.role() == role).toList();
  }

  /** Stops every process of the cluster, API servers first, brokers last. */
  public InfraStatus stop(InfraLayout layout, Progress progress) throws InterruptedException {
    ClusterProcesses processes = new ClusterProcesses(layout);
    progress.begin("stopping the cluster", 4);
    for (ClusterNode.Role role :
        List.of(
            ClusterNode.Role.API_SERVER,
            ClusterNode.Role.TASK_MANAGER,
            ClusterNode.Role.JOB_MANAGER,
            ClusterNode.Role.KAFKA_BROKER)) {
      processes.stop(nodesOf(layout, role).stream().map(ClusterNode::name).toList(), STOP_GRACE);
      progress.step(role.name().toLowerCase(java.util.Locale.ROOT));
    }
    progress.end();
    return status(layout);
  }

  /** Each process of the cluster: whether it runs, whether it answers, where. */
  public InfraStatus status(InfraLayout layout) {
    ClusterProcesses processes = new ClusterProcesses(layout);
    List<InfraStatus.NodeStatus> nodes = new ArrayList<>();
    for (ClusterNode node : layout.nodes()) {
      Optional<ProcessHandle> process = processes.alive(node.name());
      InfraStatus.Health health = InfraStatus.Health.STOPPED;
      if (process.isPresent()) {
        boolean answers = answers(layout, node);
        health = answers ? InfraStatus.Health.UP : InfraStatus.Health.NOT_ANSWERING;
      }
      nodes.add(
          new InfraStatus.NodeStatus(
              node.name(),
              node.role(),
              process.map(ProcessHandle::pid).orElse(0L),
              health,
              node.url(),
              layout.log(node.name())));
    }
    return new InfraStatus(layout.home(), layout.kafkaBootstrap(), layout.flinkAddress(), nodes);
  }

  /** The last {@code lines} lines of node {@code name}'s log. */
  public List<String> log(InfraLayout layout, String name, int lines) throws IOException {
    if (layout.nodes().stream().noneMatch(node -> node.name().equals(name))) {
      throw UseCaseException.invalid(
          "no process "
              + name
              + "; the cluster has "
              + String.join(", ", layout.nodes().stream().map(ClusterNode::name).toList()));
    }
    if (lines < 1 || lines > 100_000) {
      throw UseCaseException.invalid("--lines must be between 1 and 100000, got " + lines);
    }
    Path file = layout.log(name);
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    return LogTail.last(file, lines);
  }

  private static List<ClusterNode> nodesOf(InfraLayout layout, ClusterNode.Role role) {
    return of(layout.nodes(), role);
  }

  private static void checkStore(StoreConfig store) {
    if (store.kind() != StoreKind.POSTGRESQL) {
      throw UseCaseException.invalid(
          "the cluster shares a PostgreSQL store: set BF_STORE_URL or --store to"
              + " jdbc:postgresql://HOST:PORT/DB (DuckDB is one process's file)");
    }
    // opening migrates it, before the job and the API servers use it
    MarketStores.open(store).close();
  }

  private static String generatedSecret(InfraLayout layout) {
    try {
      return ClusterSecret.readOrCreate(layout.conf().resolve("jwt-secret"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Waits until {@code healthy}, or fails when the node's process exits or the time is up. */
  private static void await(ClusterProcesses processes, String node, BooleanSupplier healthy)
      throws InterruptedException {
    long deadline = System.nanoTime() + NODE_START.toNanos();
    while (!healthy.getAsBoolean()) {
      if (processes.alive(node).isEmpty()) {
        throw UseCaseException.invalid(node + " exited while starting; see bf infra logs " + node);
      }
      if (System.nanoTime() > deadline) {
        throw UseCaseException.invalid(
            node
                + " did not answer within "
                + NODE_START.toSeconds()
                + " s; see bf infra logs "
                + node);
      }
      Thread.sleep(250);
    }
  }

  private static boolean free(int port) {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
