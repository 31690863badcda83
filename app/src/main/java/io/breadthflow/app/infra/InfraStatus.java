package io.breadthflow.app.infra;

import java.nio.file.Path;
import java.util.List;

/**
 * The local cluster's processes as {@code bf infra status} shows them.
 *
 * @param home the cluster's folder
 * @param kafkaBootstrap the brokers' addresses
 * @param flinkRest the JobManager's REST address (and web UI)
 * @param nodes every process
 */
public record InfraStatus(
    Path home, String kafkaBootstrap, String flinkRest, List<NodeStatus> nodes) {

  public InfraStatus {
    nodes = List.copyOf(nodes);
  }

  /** How a process is. */
  public enum Health {
    /** Running and answering. */
    UP,
    /** Running, not answering (starting, or stuck). */
    NOT_ANSWERING,
    /** Not running. */
    STOPPED
  }

  /**
   * One process.
   *
   * @param name e.g. {@code kafka-1}
   * @param role what it is
   * @param pid its process id, 0 when stopped
   * @param health whether it runs and answers
   * @param url where it serves (empty for a TaskManager)
   * @param log its log file
   */
  public record NodeStatus(
      String name, ClusterNode.Role role, long pid, Health health, String url, Path log) {}

  /** Whether every process is up. */
  public boolean allUp() {
    return nodes.stream().allMatch(node -> node.health() == Health.UP);
  }

  /** Whether every process is stopped. */
  public boolean allStopped() {
    return nodes.stream().allMatch(node -> node.health() == Health.STOPPED);
  }
}
