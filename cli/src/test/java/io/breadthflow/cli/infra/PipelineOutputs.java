package io.breadthflow.cli.infra;

import io.breadthflow.stream.kafka.OutputTopics;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * What one run of the job produced: the records it added to the output topics, as read-committed
 * consumers see them, and the rows of its PostgreSQL database; both sorted, for exact comparison.
 */
record PipelineOutputs(Map<String, List<String>> topics, Map<String, List<String>> tables) {

  /** The output topics' ends now (read committed), to read a later run's records from. */
  static Map<TopicPartition, Long> ends(String bootstrap) {
    try (KafkaConsumer<byte[], byte[]> consumer = consumer(bootstrap)) {
      return consumer.endOffsets(partitions(consumer));
    }
  }

  /** The records added to the output topics since {@code from}, and the tables of {@code jdbc}. */
  static PipelineOutputs since(String bootstrap, Map<TopicPartition, Long> from, String jdbc)
      throws SQLException {
    return new PipelineOutputs(topicsSince(bootstrap, from), tables(jdbc));
  }

  private static Map<String, List<String>> topicsSince(
      String bootstrap, Map<TopicPartition, Long> from) {
    Map<String, List<String>> records = new TreeMap<>();
    OutputTopics.ALL.forEach(topic -> records.put(topic, new ArrayList<>()));
    try (KafkaConsumer<byte[], byte[]> consumer = consumer(bootstrap)) {
      List<TopicPartition> partitions = partitions(consumer);
      consumer.assign(partitions);
      partitions.forEach(p -> consumer.seek(p, from.getOrDefault(p, 0L)));
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

  private static Map<String, List<String>> tables(String jdbc) throws SQLException {
    Map<String, String> queries = new HashMap<>();
    queries.put(
        "bars",
        "SELECT symbol, bar_interval, ts, open, high, low, close, volume, vwap, trade_count"
            + " FROM bars ORDER BY symbol, bar_interval, ts");
    queries.put(
        "alerts",
        "SELECT symbol, bar_interval, ts, rule, severity, message, value FROM alerts"
            + " ORDER BY symbol, bar_interval, ts, rule");
    Map<String, List<String>> tables = new TreeMap<>();
    try (Connection connection = DriverManager.getConnection(jdbc);
        Statement statement = connection.createStatement()) {
      for (Map.Entry<String, String> query : queries.entrySet()) {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery(query.getValue())) {
          int columns = result.getMetaData().getColumnCount();
          while (result.next()) {
            StringBuilder row = new StringBuilder();
            for (int c = 1; c <= columns; c++) {
              row.append(result.getString(c)).append('|');
            }
            rows.add(row.toString());
          }
        }
        tables.put(query.getKey(), rows);
      }
    }
    return tables;
  }

  private static List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> consumer) {
    List<TopicPartition> partitions = new ArrayList<>();
    for (String topic : OutputTopics.ALL) {
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
