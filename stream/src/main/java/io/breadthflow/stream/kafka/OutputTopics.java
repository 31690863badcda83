package io.breadthflow.stream.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** Reads what the pipeline committed to its output topics, as a read-committed consumer sees it. */
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
    Map<String, List<String>> records = new TreeMap<>();
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = new ArrayList<>();
      for (String topic : topics) {
        consumer
            .partitionsFor(topic)
            .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        records.put(topic, new ArrayList<>());
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
          String key = record.key() == null ? "" : new String(record.key(), StandardCharsets.UTF_8);
          records
              .get(record.topic())
              .add(key + " " + new String(record.value(), StandardCharsets.UTF_8));
        }
      }
    }
    records.values().forEach(list -> list.sort(null));
    return records;
  }
}
