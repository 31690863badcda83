package io.breadthflow.stream.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** Reads topics as a read-committed consumer sees them, from the beginning to their current end. */
public final class OutputTopics {
  /** The pipeline's output topics. */
  public static final List<String> ALL =
      List.of(Topics.BARS, Topics.SIGNALS, Topics.ALERTS, Topics.EVENTS);

  private OutputTopics() {}

  /**
   * Every committed record of {@code topics} up to their current end, as {@code "key value"}
   * strings sorted per topic.
   */
  public static Map<String, List<String>> readCommitted(String bootstrap, List<String> topics) {
    return readCommitted(bootstrap, topics, Map.of());
  }

  /** As {@link #readCommitted(String, List)}, each partition from its offset in {@code from}. */
  public static Map<String, List<String>> readCommitted(
      String bootstrap, List<String> topics, Map<TopicPartition, Long> from) {
    Map<String, List<String>> records = new TreeMap<>();
    topics.forEach(topic -> records.put(topic, new ArrayList<>()));
    readToEnd(
        bootstrap,
        topics,
        from,
        record -> {
          String key = record.key() == null ? "" : new String(record.key(), StandardCharsets.UTF_8);
          records
              .get(record.topic())
              .add(key + " " + new String(record.value(), StandardCharsets.UTF_8));
        });
    records.values().forEach(list -> list.sort(null));
    return records;
  }

  /**
   * Hands every committed record of {@code topics}, from the beginning up to the end they have now,
   * to {@code each}; returns how many there were.
   */
  public static long readToEnd(
      String bootstrap, List<String> topics, Consumer<ConsumerRecord<byte[], byte[]>> each) {
    return readToEnd(bootstrap, topics, Map.of(), each);
  }

  /**
   * As {@link #readToEnd(String, List, Consumer)}, each partition from its offset in {@code from}
   * (from the beginning when it has none).
   */
  public static long readToEnd(
      String bootstrap,
      List<String> topics,
      Map<TopicPartition, Long> from,
      Consumer<ConsumerRecord<byte[], byte[]>> each) {
    try (KafkaConsumer<byte[], byte[]> consumer = consumer(bootstrap)) {
      List<TopicPartition> partitions = partitions(consumer, topics);
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      partitions.stream().filter(from::containsKey).forEach(p -> consumer.seek(p, from.get(p)));
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      long count = 0;
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
          each.accept(record);
          count++;
        }
      }
      return count;
    }
  }

  /** The end offsets {@code topics} have now, as a read-committed consumer sees them. */
  public static Map<TopicPartition, Long> ends(String bootstrap, List<String> topics) {
    try (KafkaConsumer<byte[], byte[]> consumer = consumer(bootstrap)) {
      return consumer.endOffsets(partitions(consumer, topics));
    }
  }

  private static List<TopicPartition> partitions(
      KafkaConsumer<byte[], byte[]> consumer, List<String> topics) {
    List<TopicPartition> partitions = new ArrayList<>();
    for (String topic : topics) {
      consumer
          .partitionsFor(topic)
          .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
    }
    return partitions;
  }

  private static KafkaConsumer<byte[], byte[]> consumer(String bootstrap) {
    return new KafkaConsumer<>(
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrap,
            ConsumerConfig.ISOLATION_LEVEL_CONFIG,
            "read_committed",
            ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
            10_000),
        new ByteArrayDeserializer(),
        new ByteArrayDeserializer());
  }
}
