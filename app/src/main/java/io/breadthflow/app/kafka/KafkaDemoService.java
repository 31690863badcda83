package io.breadthflow.app.kafka;

import io.breadthflow.app.run.Progress;
import io.breadthflow.app.run.Recorded;
import io.breadthflow.app.run.RunRecorder;
import io.breadthflow.app.stream.StreamCounts;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.domain.Trade;
import io.breadthflow.core.live.PipelineCounters;
import io.breadthflow.ingest.sim.SimulatedTrades;
import io.breadthflow.store.StoreConfig;
import io.breadthflow.stream.Deduplication;
import io.breadthflow.stream.EmbeddedRuntime;
import io.breadthflow.stream.PipelineSpec;
import io.breadthflow.stream.ReadExtent;
import io.breadthflow.stream.Resume;
import io.breadthflow.stream.RunningJob;
import io.breadthflow.stream.StreamJob;
import io.breadthflow.stream.kafka.EmbeddedKafka;
import io.breadthflow.stream.kafka.MarketDataProducer;
import io.breadthflow.stream.kafka.OutputTopics;
import io.breadthflow.stream.kafka.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.kafka.common.TopicPartition;

/**
 * The Kafka flow end to end: simulated trades go to {@code market-data}; the job reads them back
 * and writes bars, signals, alerts and pipeline events to their topics in transactions; a
 * read-committed consumer then reads what arrived. Without a cluster a single-node broker runs in
 * this process for the demo.
 */
public final class KafkaDemoService {
  private static final Instant START = Instant.parse("2024-01-02T14:30:00Z");

  private final StoreConfig store;
  private final RunRecorder runs;

  public KafkaDemoService(StoreConfig store, RunRecorder runs) {
    this.store = store;
    this.runs = runs;
  }

  /** Runs the demo as a recorded run. */
  public Recorded<KafkaDemoReport> run(KafkaDemoRequest request, Progress progress) {
    return runs.run(
        request,
        id -> {
          EmbeddedKafka embedded = null;
          try {
            if (request.bootstrap().isEmpty()) {
              progress.note("starting a single-node Kafka (KRaft) in this process…");
              embedded = EmbeddedKafka.start();
            }
            String bootstrap =
                request.bootstrap().orElse(embedded == null ? "" : embedded.bootstrapServers());
            return demo(request, bootstrap, progress);
          } finally {
            if (embedded != null) {
              embedded.close();
            }
          }
        });
  }

  private KafkaDemoReport demo(KafkaDemoRequest request, String bootstrap, Progress progress)
      throws Exception {
    List<Topics.Info> topics = KafkaCluster.ensureTopics(bootstrap);
    Map<TopicPartition, Long> before =
        KafkaCluster.reach(bootstrap, () -> Topics.marketDataEnd(bootstrap));
    publish(bootstrap, request, progress);
    Path checkpoints = Files.createTempDirectory("bf-kafka-demo");
    PipelineCounters counters = new PipelineCounters();
    StreamJob job =
        new StreamJob(
            new EmbeddedRuntime(2, Duration.ofSeconds(1), checkpoints, 3),
            Resume.FRESH,
            store,
            event -> {},
            counters,
            bootstrap);
    List<String> symbols = request.universe().symbols();
    try (RunningJob running =
        job.startKafka(
            "bf kafka demo",
            OffsetsInitializer.offsets(before),
            ReadExtent.BOUNDED,
            bridge ->
                PipelineSpec.withDefaults(
                    symbols,
                    List.of(Interval.ONE_MINUTE, Interval.FIVE_MINUTES),
                    Duration.ofSeconds(2),
                    Duration.ofSeconds(10),
                    Deduplication.EXACT_REPEATS,
                    bridge))) {
      running.awaitFinish(Duration.ofMinutes(30));
    }
    Map<String, List<String>> committed = OutputTopics.readCommitted(bootstrap, OutputTopics.ALL);
    return new KafkaDemoReport(
        bootstrap, topics, request.trades(), StreamCounts.of(counters), committed);
  }

  private static void publish(String bootstrap, KafkaDemoRequest request, Progress progress) {
    List<String> symbols = request.universe().symbols();
    double[] prices = new double[symbols.size()];
    Arrays.fill(prices, 100);
    SimulatedTrades simulated = new SimulatedTrades(symbols, prices, 8, START, 7);
    progress.begin("publishing to market-data", (request.trades() + 999) / 1_000);
    try (MarketDataProducer producer = new MarketDataProducer(bootstrap)) {
      for (int i = 0; i < request.trades(); i++) {
        Trade trade = simulated.next();
        producer.send(trade);
        if (i % 1_000 == 0) {
          progress.step(trade.symbol());
        }
      }
      producer.flush();
    } finally {
      progress.end();
    }
  }
}
