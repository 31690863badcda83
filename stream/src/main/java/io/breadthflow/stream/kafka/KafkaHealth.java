package io.breadthflow.stream.kafka;

import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterResult;

/**
 * Whether the Kafka cluster of Kafka mode answers, for {@code /health}: asked at most every five
 * seconds, the answer reused in between.
 */
public final class KafkaHealth {
  private static final long MAX_AGE_NANOS = 5_000_000_000L;

  /**
   * The cluster's state.
   *
   * @param up whether it answered
   * @param detail brokers and cluster id, or why it did not answer
   */
  public record State(boolean up, String detail) {}

  private final String bootstrap;
  private State last;
  private long askedAt;

  public KafkaHealth(String bootstrap) {
    this.bootstrap = bootstrap;
  }

  public synchronized State state() {
    long now = System.nanoTime();
    if (last == null || now - askedAt > MAX_AGE_NANOS) {
      last = ask();
      askedAt = System.nanoTime();
    }
    return last;
  }

  private State ask() {
    try (Admin admin = Topics.admin(bootstrap)) {
      DescribeClusterResult cluster = admin.describeCluster();
      int brokers = cluster.nodes().get(3, TimeUnit.SECONDS).size();
      String id = cluster.clusterId().get(3, TimeUnit.SECONDS);
      return new State(true, bootstrap + ": " + brokers + " broker(s), cluster " + id);
    } catch (Exception e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      return new State(false, bootstrap + " unreachable: " + cause.getMessage());
    }
  }
}
