package io.breadthflow.stream.kafka;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * One node of a KRaft quorum on 127.0.0.1 in the combined broker and controller role, as {@code
 * server.properties} and {@code kafka-storage.sh format} would set it up: a static quorum of every
 * node's controller port, and the internal topics replicated to every node (at most three) with two
 * in sync when there are three.
 *
 * @param nodeId this node's id, 1 to the quorum size
 * @param brokerPort the clients' port
 * @param controllerPorts every node's controller port, node 1 first
 * @param logDir where the node keeps its data
 */
public record KraftNode(int nodeId, int brokerPort, List<Integer> controllerPorts, Path logDir) {
  private static final String CONTROLLER = "CONTROLLER";

  public KraftNode {
    controllerPorts = List.copyOf(controllerPorts);
    if (nodeId < 1 || nodeId > controllerPorts.size()) {
      throw new IllegalArgumentException("node " + nodeId + " of " + controllerPorts.size());
    }
  }

  /** The node's configuration. */
  public Properties properties() {
    int controllerPort = controllerPorts.get(nodeId - 1);
    int replicas = Math.min(3, controllerPorts.size());
    String inSync = String.valueOf(replicas == 3 ? 2 : 1);
    Properties props = new Properties();
    props.put("process.roles", "broker,controller");
    props.put("node.id", String.valueOf(nodeId));
    props.put("controller.quorum.voters", voters());
    props.put(
        "listeners",
        "PLAINTEXT://127.0.0.1:"
            + brokerPort
            + ","
            + CONTROLLER
            + "://127.0.0.1:"
            + controllerPort);
    props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
    props.put("controller.listener.names", CONTROLLER);
    props.put("inter.broker.listener.name", "PLAINTEXT");
    props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER + ":PLAINTEXT");
    props.put("log.dirs", logDir.toString());
    props.put("default.replication.factor", String.valueOf(replicas));
    props.put("min.insync.replicas", inSync);
    props.put("offsets.topic.replication.factor", String.valueOf(replicas));
    props.put("offsets.topic.num.partitions", "5");
    props.put("transaction.state.log.replication.factor", String.valueOf(replicas));
    props.put("transaction.state.log.min.isr", inSync);
    props.put("transaction.state.log.num.partitions", "5");
    props.put("share.coordinator.state.topic.replication.factor", String.valueOf(replicas));
    props.put("share.coordinator.state.topic.min.isr", inSync);
    props.put("group.initial.rebalance.delay.ms", "0");
    return props;
  }

  /** Formats the log directory for cluster {@code clusterId} (Kafka's storage formatter). */
  public void format(String clusterId) throws Exception {
    new Formatter()
        .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
        .setNodeId(nodeId)
        .setClusterId(clusterId)
        .setDirectories(List.of(logDir.toString()))
        .setMetadataLogDirectory(logDir.toString())
        .setControllerListenerName(CONTROLLER)
        .setReleaseVersion(MetadataVersion.latestProduction())
        .run();
  }

  private String voters() {
    StringBuilder voters = new StringBuilder();
    for (int i = 0; i < controllerPorts.size(); i++) {
      if (i > 0) {
        voters.append(',');
      }
      voters.append(i + 1).append("@127.0.0.1:").append(controllerPorts.get(i));
    }
    return voters.toString();
  }

  /** Every node's client address, {@code 127.0.0.1:port,…}. */
  public static String bootstrap(List<Integer> brokerPorts) {
    return brokerPorts.stream().map(p -> "127.0.0.1:" + p).collect(Collectors.joining(","));
  }
}
