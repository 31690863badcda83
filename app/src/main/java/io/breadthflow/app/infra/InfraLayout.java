package io.breadthflow.app.infra;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.stream.kafka.KraftNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Where the local cluster lives and which loopback ports it takes, all from one folder and one base
 * port: API servers on base+80 and base+81, Flink's REST API and web UI on base+88, the
 * JobManager's RPC on base+123, Kafka brokers on base+92 to base+94 and their controllers on
 * base+192 to base+194, Flink's Prometheus reporters on base+249 to base+251.
 *
 * @param home the folder of the cluster's configuration, data, logs and pid files
 * @param portBase the base port, 1024 to 65000
 */
public record InfraLayout(Path home, int portBase) {
  /** The default folder, {@code ./data/infra}. */
  public static final Path DEFAULT_HOME = Path.of("data", "infra");

  /** The default base port. */
  public static final int DEFAULT_PORT_BASE = 18_000;

  static final int BROKERS = 3;
  static final int TASK_MANAGERS = 2;
  static final int API_SERVERS = 2;

  public InfraLayout {
    UseCaseException.required(home, "the cluster's folder");
    if (portBase < 1024 || portBase > 65_000) {
      throw UseCaseException.invalid("--port-base must be between 1024 and 65000, got " + portBase);
    }
    home = home.toAbsolutePath().normalize();
  }

  /** Every process of the cluster, in start order. */
  public List<ClusterNode> nodes() {
    List<ClusterNode> nodes = new ArrayList<>();
    for (int i = 1; i <= BROKERS; i++) {
      nodes.add(new ClusterNode("kafka-" + i, ClusterNode.Role.KAFKA_BROKER, brokerPort(i), ""));
    }
    nodes.add(
        new ClusterNode("jobmanager", ClusterNode.Role.JOB_MANAGER, flinkRestPort(), "http://"));
    for (int i = 1; i <= TASK_MANAGERS; i++) {
      nodes.add(new ClusterNode("taskmanager-" + i, ClusterNode.Role.TASK_MANAGER, 0, ""));
    }
    for (int i = 1; i <= API_SERVERS; i++) {
      nodes.add(new ClusterNode("api-" + i, ClusterNode.Role.API_SERVER, apiPort(i), "http://"));
    }
    return nodes;
  }

  /** The fixed ports the cluster binds, with what binds them. */
  public List<BoundPort> ports() {
    List<BoundPort> ports = new ArrayList<>();
    for (int i = 1; i <= BROKERS; i++) {
      ports.add(new BoundPort(brokerPort(i), "kafka-" + i, "kafka-" + i + " clients"));
      ports.add(new BoundPort(controllerPort(i), "kafka-" + i, "kafka-" + i + " controller"));
    }
    ports.add(new BoundPort(jobManagerRpcPort(), "jobmanager", "jobmanager rpc"));
    ports.add(new BoundPort(flinkRestPort(), "jobmanager", "jobmanager rest"));
    for (int i = 0; i <= TASK_MANAGERS; i++) {
      // the Flink processes take the first free port of the range
      ports.add(new BoundPort(prometheusPort(i), "", "flink prometheus reporter"));
    }
    for (int i = 1; i <= API_SERVERS; i++) {
      ports.add(new BoundPort(apiPort(i), "api-" + i, "api-" + i));
    }
    return ports;
  }

  /**
   * A port the cluster binds.
   *
   * @param port the port
   * @param node the node that binds it (empty when any of several may)
   * @param owner what binds it, in words
   */
  public record BoundPort(int port, String node, String owner) {}

  public int apiPort(int server) {
    return portBase + 79 + server;
  }

  public int flinkRestPort() {
    return portBase + 88;
  }

  public int jobManagerRpcPort() {
    return portBase + 123;
  }

  public int brokerPort(int node) {
    return portBase + 91 + node;
  }

  public int controllerPort(int node) {
    return portBase + 191 + node;
  }

  /** The Prometheus reporter port range's {@code i}-th port (0 to the TaskManager count). */
  public int prometheusPort(int i) {
    return portBase + 249 + i;
  }

  /** The brokers' client addresses. */
  public String kafkaBootstrap() {
    return KraftNode.bootstrap(
        IntStream.rangeClosed(1, BROKERS).map(this::brokerPort).boxed().toList());
  }

  /** The Flink REST address, {@code 127.0.0.1:port}. */
  public String flinkAddress() {
    return "127.0.0.1:" + flinkRestPort();
  }

  /** Kafka node {@code node}'s description. */
  public KraftNode kafkaNode(int node) {
    return new KraftNode(
        node,
        brokerPort(node),
        IntStream.rangeClosed(1, BROKERS).map(this::controllerPort).boxed().toList(),
        home.resolve("kafka-" + node));
  }

  public Path conf() {
    return home.resolve("conf");
  }

  public Path logs() {
    return home.resolve("logs");
  }

  public Path pids() {
    return home.resolve("pids");
  }

  /** The checkpoint and savepoint folder every Flink process shares. */
  public Path checkpoints() {
    return home.resolve("checkpoints");
  }

  public Path log(String node) {
    return logs().resolve(node + ".log");
  }
}
