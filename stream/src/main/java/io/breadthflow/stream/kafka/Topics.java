package io.breadthflow.stream.kafka;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;

/**
 * The pipeline's Kafka topics: {@code market-data} (Avro trades keyed by symbol), {@code bars},
 * {@code trading-signals}, {@code alerts} and {@code pipeline-events} (JSON), with partitions sized
 * for one to a few brokers.
 */
public final class Topics {
  public static final String MARKET_DATA = "market-data";
  public static final String BARS = "bars";
  public static final String SIGNALS = "trading-signals";
  public static final String ALERTS = "alerts";
  public static final String EVENTS = "pipeline-events";

  /** Partitions per topic: trades and bars spread by symbol, the rest are low volume. */
  public static final Map<String, Integer> PARTITIONS =
      Map.of(MARKET_DATA, 6, BARS, 6, SIGNALS, 3, ALERTS, 1, EVENTS, 1);

  private Topics() {}

  /** A topic as the cluster has it. */
  public record Info(String name, int partitions, int replicas) {}

  /**
   * Creates the pipeline's topics that do not exist yet (replication factor 1 on a single broker,
   * up to 3 otherwise; with 3 replicas a write needs 2 in sync, so one broker may die without
   * losing an acknowledged record); returns every pipeline topic as the cluster then has it.
   */
  public static List<Info> ensure(String bootstrap) throws Exception {
    try (Admin admin = admin(bootstrap)) {
      int brokers = admin.describeCluster().nodes().get(8, TimeUnit.SECONDS).size();
      short replication = (short) Math.min(3, Math.max(1, brokers));
      Set<String> existing = admin.listTopics().names().get(8, TimeUnit.SECONDS);
      List<NewTopic> missing = new ArrayList<>();
      PARTITIONS.forEach(
          (name, partitions) -> {
            if (!existing.contains(name)) {
              missing.add(
                  new NewTopic(name, partitions, replication)
                      .configs(
                          Map.of(
                              "min.insync.replicas",
                              replication == 3 ? "2" : "1",
                              // records carry event times (replayed history is years old):
                              // retention counts from when the broker appended them instead
                              "message.timestamp.type",
                              "LogAppendTime")));
            }
          });
      if (!missing.isEmpty()) {
        admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
      }
      return describe(admin);
    }
  }

  /** The pipeline's topics that exist. */
  public static List<Info> list(String bootstrap) throws Exception {
    try (Admin admin = admin(bootstrap)) {
      return describe(admin);
    }
  }

  private static List<Info> describe(Admin admin)
      throws InterruptedException, ExecutionException, TimeoutException {
    Set<String> existing = admin.listTopics().names().get(8, TimeUnit.SECONDS);
    List<String> ours = PARTITIONS.keySet().stream().filter(existing::contains).sorted().toList();
    Map<String, TopicDescription> described =
        admin.describeTopics(ours).allTopicNames().get(8, TimeUnit.SECONDS);
    return ours.stream()
        .map(
            name -> {
              TopicDescription d = described.get(name);
              return new Info(name, d.partitions().size(), d.partitions().get(0).replicas().size());
            })
        .toList();
  }

  /** The ids of the brokers the cluster at {@code bootstrap} has now, in order. */
  public static List<Integer> liveBrokers(String bootstrap) throws Exception {
    try (Admin admin = admin(bootstrap)) {
      return admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).stream()
          .map(org.apache.kafka.common.Node::id)
          .sorted()
          .toList();
    }
  }

  /** The current end offset of every partition of {@code market-data}. */
  public static Map<TopicPartition, Long> marketDataEnd(String bootstrap) throws Exception {
    try (Admin admin = admin(bootstrap)) {
      TopicDescription topic =
          admin
              .describeTopics(List.of(MARKET_DATA))
              .allTopicNames()
              .get(8, TimeUnit.SECONDS)
              .get(MARKET_DATA);
      Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
      topic
          .partitions()
          .forEach(
              p -> latest.put(new TopicPartition(MARKET_DATA, p.partition()), OffsetSpec.latest()));
      Map<TopicPartition, Long> end = new HashMap<>();
      admin
          .listOffsets(latest)
          .all()
          .get(8, TimeUnit.SECONDS)
          .forEach((partition, info) -> end.put(partition, info.offset()));
      return end;
    }
  }

  static Admin admin(String bootstrap) {
    return Admin.create(
        Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 8_000));
  }
}
