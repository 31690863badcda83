package io.breadthflow.app.infra;

/**
 * One process of the local cluster.
 *
 * @param name its name, e.g. {@code kafka-1}, {@code jobmanager}, {@code api-2}
 * @param role what it is
 * @param port the port it serves on (0 for a TaskManager, which takes free ports)
 * @param scheme how its address is written before host and port ({@code http://}, or empty)
 */
public record ClusterNode(String name, Role role, int port, String scheme) {

  /** The kinds of process. */
  public enum Role {
    KAFKA_BROKER,
    JOB_MANAGER,
    TASK_MANAGER,
    API_SERVER
  }

  /** Its address, e.g. {@code http://127.0.0.1:18088}; empty for a TaskManager. */
  public String url() {
    if (port == 0) {
      return "";
    }
    return scheme + "127.0.0.1:" + port;
  }
}
