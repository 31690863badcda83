package io.breadthflow.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.domain.Trade;
import io.breadthflow.core.signal.SignalWeights;
import io.breadthflow.ingest.sim.SimulatedTrades;
import io.breadthflow.stream.alert.AlertRules;
import io.breadthflow.stream.forecast.ForecastSchedule;
import io.breadthflow.stream.kafka.EmbeddedKafka;
import io.breadthflow.stream.kafka.KafkaPipeline;
import io.breadthflow.stream.kafka.MarketDataProducer;
import io.breadthflow.stream.kafka.OutputTopics;
import io.breadthflow.stream.kafka.Topics;
import io.breadthflow.stream.rule.RuleSource;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kafka mode on a real in-JVM KRaft broker: a job that fails mid-stream and restarts from its
 * checkpoint writes exactly what a clean run writes to the output topics, as read-committed
 * consumers see them: no duplicates, no gaps.
 */
class KafkaExactlyOnceTest {
  private static final List<String> SYMBOLS =
      List.of("AAPL", "AMZN", "GOOGL", "META", "MSFT", "NVDA");
  @TempDir Path dir;

  @Test
  void aFailingJobRestartsFromItsCheckpointAndCommitsEveryResultExactlyOnce() throws Exception {
    List<Trade> trades = trades();

    Map<String, List<String>> clean = run(trades, null);
    Map<String, List<String>> restarted = run(trades, dir.resolve("failed-once"));

    assertThat(dir.resolve("failed-once")).exists();
    assertThat(clean.get(Topics.BARS)).hasSizeGreaterThan(300);
    assertThat(clean.get(Topics.BARS).get(0)).contains("\"interval\":\"1m\"");
    assertThat(clean.get(Topics.ALERTS)).hasSizeGreaterThan(20);
    assertThat(clean.get(Topics.SIGNALS)).isNotEmpty();
    assertThat(clean.get(Topics.EVENTS)).isNotEmpty();
    // every committed alert exactly once: the same alerts as the clean run, none twice, none lost
    assertThat(restarted.get(Topics.ALERTS))
        .doesNotHaveDuplicates()
        .containsExactlyElementsOf(clean.get(Topics.ALERTS));
    assertThat(restarted).isEqualTo(clean);
  }

  /** The committed records of every output topic, "key value", sorted. */
  private Map<String, List<String>> run(List<Trade> trades, Path failMarker) throws Exception {
    try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
      String bootstrap = kafka.bootstrapServers();
      Topics.ensure(bootstrap);
      try (MarketDataProducer producer = new MarketDataProducer(bootstrap)) {
        trades.forEach(producer::send);
        producer.flush();
      }
      Path run = dir.resolve(failMarker == null ? "clean" : "failing");
      StreamExecutionEnvironment env =
          new EmbeddedRuntime(2, Duration.ofMillis(200), run.resolve("checkpoints"), 3)
              .environment(Resume.FRESH);
      PipelineSpec spec =
          new PipelineSpec(
              SYMBOLS,
              List.of(Interval.ONE_MINUTE),
              Duration.ofSeconds(1),
              Duration.ofSeconds(5),
              Duration.ofSeconds(2),
              Deduplication.EXACT_REPEATS,
              SignalWeights.defaults(),
              new AlertRules(60, 40, 0.05, 0.002, 1.5, 1.5, 3, 5),
              null,
              "none",
              ForecastSchedule.NONE,
              RuleSource.NONE);
      DataStream<Trade> source =
          env.fromSource(
                  KafkaPipeline.source(bootstrap, "test", ReadExtent.BOUNDED),
                  EventTime.trades(spec.outOfOrderness(), Duration.ZERO),
                  "market-data")
              .uid("source")
              .setParallelism(1)
              .map(new Throttle<>(100))
              .uid("throttle")
              .setParallelism(1);
      source =
          failMarker == null
              ? source.map(t -> t).uid("fail-once").setParallelism(1)
              : source
                  .map(new FailOnce<>(trades.size() / 3, failMarker))
                  .uid("fail-once")
                  .setParallelism(1);
      KafkaPipeline.toKafka(PipelineGraph.fromTrades(source, spec), bootstrap, "test");
      env.execute("kafka exactly once");
      return OutputTopics.readCommitted(bootstrap, OutputTopics.ALL);
    }
  }

  private static List<Trade> trades() {
    double[] prices = new double[SYMBOLS.size()];
    Arrays.fill(prices, 100);
    SimulatedTrades simulated =
        new SimulatedTrades(SYMBOLS, prices, 8, Instant.parse("2024-03-01T14:30:00Z"), 9);
    List<Trade> trades = new ArrayList<>();
    for (int i = 0; i < 30_000; i++) {
      trades.add(simulated.next());
    }
    return trades;
  }
}
