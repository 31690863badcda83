package io.breadthflow.server.health;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Node;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Kafka cluster of a server's live feed, for {@code /health}: the brokers that answer the Admin
 * client's {@code describeCluster} within two seconds, asked at most every five seconds. Up when at
 * least as many brokers answer as the bootstrap list names, degraded when fewer do, down when none
 * does. Details name broker ids only, never addresses or exception text (those go to the log).
 * Thread-safe; close it with the server.
 */
public final class KafkaCheck implements HealthCheck, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(KafkaCheck.class);
  private static final long MAX_AGE_NANOS = 5_000_000_000L;
  private static final long TIMEOUT_MILLIS = 2_000;

  private final Admin admin;
  private final int expected;
  private ComponentHealth last;
  private long askedAt;

  /**
   * @param bootstrap {@code host:port[,host:port…]}; each address counts as one broker expected
   */
  public KafkaCheck(String bootstrap) {
    this.expected = (int) Arrays.stream(bootstrap.split(",")).filter(a -> !a.isBlank()).count();
    this.admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                (int) TIMEOUT_MILLIS,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                (int) TIMEOUT_MILLIS,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG,
                1_000));
  }

  @Override
  public synchronized ComponentHealth check() {
    long now = System.nanoTime();
    if (last == null || now - askedAt > MAX_AGE_NANOS) {
      last = ask();
      askedAt = System.nanoTime();
    }
    return last;
  }

  private ComponentHealth ask() {
    Collection<Node> nodes;
    try {
      nodes = admin.describeCluster().nodes().get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      LOG.warn("Kafka health: describeCluster failed", e);
      return ComponentHealth.down("no broker answers (see the server log)");
    }
    if (nodes.isEmpty()) {
      return ComponentHealth.down("no broker answers (see the server log)");
    }
    String ids =
        nodes.stream()
            .map(Node::id)
            .sorted()
            .map(String::valueOf)
            .collect(Collectors.joining(", "));
    String brokers = nodes.size() == 1 ? "broker" : "brokers";
    if (nodes.size() < expected) {
      return ComponentHealth.degraded(
          nodes.size() + " of " + expected + " brokers answer (ids " + ids + ")");
    }
    return ComponentHealth.up(nodes.size() + " " + brokers + " answer (ids " + ids + ")");
  }

  @Override
  public void close() {
    admin.close();
  }
}
