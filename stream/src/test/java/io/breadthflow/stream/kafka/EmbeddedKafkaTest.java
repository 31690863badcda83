package io.breadthflow.stream.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** The single-node broker of {@code bf kafka demo}: the real Kafka server, on loopback. */
class EmbeddedKafkaTest {
  @Test
  void aStartedNodeTakesAndServesRecordsOnLoopbackAndDeletesItsDataWhenClosed() throws Exception {
    Path data;
    try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
      data = kafka.logDir();
      String bootstrap = kafka.bootstrapServers();
      assertThat(bootstrap).startsWith("127.0.0.1:");
      assertThat(data).isDirectory();
      try (Admin admin =
          Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
        admin
            .createTopics(List.of(new NewTopic("probe", 1, (short) 1)))
            .all()
            .get(30, TimeUnit.SECONDS);
      }
      Properties producer = new Properties();
      producer.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
      producer.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "probe");
      try (KafkaProducer<String, String> out =
          new KafkaProducer<>(producer, new StringSerializer(), new StringSerializer())) {
        out.initTransactions();
        out.beginTransaction();
        out.send(new ProducerRecord<>("probe", "AAPL", "one"));
        out.send(new ProducerRecord<>("probe", "MSFT", "two"));
        out.commitTransaction();
      }
      Properties consumer = new Properties();
      consumer.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
      consumer.put(ConsumerConfig.GROUP_ID_CONFIG, "probe");
      consumer.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
      consumer.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
      List<String> read = new ArrayList<>();
      try (KafkaConsumer<String, String> in =
          new KafkaConsumer<>(consumer, new StringDeserializer(), new StringDeserializer())) {
        in.subscribe(List.of("probe"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (read.size() < 2 && System.nanoTime() < deadline) {
          for (ConsumerRecord<String, String> r : in.poll(Duration.ofMillis(200))) {
            read.add(r.key() + "=" + r.value());
          }
        }
      }
      assertThat(read).containsExactly("AAPL=one", "MSFT=two");
    }
    assertThat(data).doesNotExist();
  }
}
