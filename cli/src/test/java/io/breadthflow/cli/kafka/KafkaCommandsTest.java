package io.breadthflow.cli.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.cli.support.CliRun;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.MarketStores;
import io.breadthflow.store.QuarantinedRecord;
import io.breadthflow.store.StoreConfig;
import io.breadthflow.stream.kafka.EmbeddedKafka;
import io.breadthflow.stream.kafka.KafkaHealth;
import io.breadthflow.stream.kafka.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bf kafka and Kafka mode of bf replay / bf stream run against a real in-JVM broker. */
class KafkaCommandsTest {
  private static EmbeddedKafka kafka;
  @TempDir Path dir;

  @BeforeAll
  static void startKafka() throws Exception {
    kafka = EmbeddedKafka.start();
  }

  @AfterAll
  static void stopKafka() throws Exception {
    kafka.close();
  }

  @Test
  void topicsAreCreatedOnceAndListed() {
    CliRun created = CliRun.of("kafka", "topics", "--kafka", kafka.bootstrapServers());
    CliRun listed = CliRun.of("kafka", "topics", "--list", "--kafka", kafka.bootstrapServers());

    assertThat(created.exitCode()).as(created.err()).isZero();
    assertThat(listed.out()).isEqualTo(created.out());
    assertThat(listed.out().lines())
        .contains(
            "market-data               6        1",
            "bars                      6        1",
            "trading-signals           3        1",
            "alerts                    1        1",
            "pipeline-events           1        1");
  }

  @Test
  void healthIsUpWithTheBrokersAndDownWithTheReason() {
    KafkaHealth.State up = new KafkaHealth(kafka.bootstrapServers()).state();
    KafkaHealth.State down = new KafkaHealth("127.0.0.1:1").state();

    assertThat(up.up()).isTrue();
    assertThat(up.detail()).contains("1 broker(s), cluster ");
    assertThat(down.up()).isFalse();
    assertThat(down.detail()).startsWith("127.0.0.1:1 unreachable: ");
  }

  @Test
  void withoutAClusterOrWithAnUnreachableOneTheCommandsSayWhy() {
    CliRun none = CliRun.of("kafka", "topics");
    CliRun unreachable = CliRun.of("kafka", "topics", "--kafka", "127.0.0.1:1");

    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).contains("no Kafka cluster: give --kafka HOST:PORT");
    assertThat(unreachable.exitCode()).isEqualTo(2);
    assertThat(unreachable.err()).contains("cannot reach Kafka at 127.0.0.1:1");
  }

  @Test
  void replayedTradesFlowThroughKafkaIntoTheStoreAndBadRecordsAreQuarantined() throws Exception {
    StringBuilder csv = new StringBuilder("time,symbol,price,size\n");
    for (int i = 0; i < 600; i++) {
      String time = java.time.Instant.parse("2024-03-01T14:30:00Z").plusSeconds(i).toString();
      csv.append(time).append(",AAPL,").append(100 + i % 7).append(",10\n");
      csv.append(time).append(",MSFT,").append(400 + i % 5).append(",5\n");
    }
    Path trades = Files.writeString(dir.resolve("trades.csv"), csv);
    String bootstrap = kafka.bootstrapServers();
    CliRun.of("kafka", "topics", "--kafka", bootstrap);
    try (KafkaProducer<byte[], byte[]> producer =
        new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
            new ByteArraySerializer(),
            new ByteArraySerializer())) {
      producer.send(
          new ProducerRecord<>(Topics.MARKET_DATA, "AAPL".getBytes(), new byte[] {1, 2, 3}));
    }
    String store = "jdbc:duckdb:" + dir.resolve("kafka.duckdb");

    CliRun published =
        CliRun.of("replay", "--input", trades.toString(), "--to", "kafka", "--kafka", bootstrap);
    CliRun streamed =
        CliRun.of(
            "stream",
            "run",
            "--source",
            "kafka",
            "--symbols",
            "AAPL,MSFT",
            "--kafka",
            bootstrap,
            "--interval",
            "1m",
            "--duration",
            "12s",
            "--checkpoint-interval",
            "1s",
            "--store",
            store,
            "--checkpoint-dir",
            dir.resolve("chk").toString());

    assertThat(published.exitCode()).as(published.err()).isZero();
    assertThat(published.err()).contains("published 1,200 trades to market-data");
    assertThat(streamed.exitCode()).as(streamed.err()).isZero();
    try (MarketStore read = MarketStores.open(new StoreConfig(store, "", ""))) {
      assertThat(read.barCount()).isGreaterThanOrEqualTo(16);
      assertThat(read.quarantined())
          .extracting(QuarantinedRecord::reason)
          .anySatisfy(reason -> assertThat(reason).startsWith("undecodable record: "));
    }
  }

  @Test
  void theDemoShowsTradesBarsSignalsAndAlertsFlowingThroughTheTopics() throws Exception {
    CliRun demo;
    try (EmbeddedKafka own = EmbeddedKafka.start()) {
      demo = demo(own.bootstrapServers());
    }

    assertThat(demo.exitCode()).as(demo.err()).isZero();
    assertThat(demo.out())
        .contains("market-data      30,000 simulated trades published")
        .containsPattern("streaming job    30,000 trades → [\\d,]+ bars")
        .containsPattern("bars             [1-9][\\d,]* records \\(read committed\\)")
        .containsPattern("trading-signals  [1-9][\\d,]* records");
  }

  private CliRun demo(String bootstrap) {
    return CliRun.of(
        "kafka",
        "demo",
        "--kafka",
        bootstrap,
        "--trades",
        "30000",
        "--store",
        "jdbc:duckdb:" + dir.resolve("demo.duckdb"));
  }
}
