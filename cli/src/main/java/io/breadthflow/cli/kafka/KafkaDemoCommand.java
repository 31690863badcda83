package io.breadthflow.cli.kafka;

import io.breadthflow.cli.UsageException;
import io.breadthflow.cli.data.StoreOptions;
import io.breadthflow.cli.progress.ProgressBar;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.domain.Trade;
import io.breadthflow.core.live.PipelineCounters;
import io.breadthflow.ingest.sim.SimulatedTrades;
import io.breadthflow.ingest.universe.Universe;
import io.breadthflow.ingest.universe.Universes;
import io.breadthflow.store.MarketStore;
import io.breadthflow.stream.EmbeddedRuntime;
import io.breadthflow.stream.PipelineSpec;
import io.breadthflow.stream.RunningJob;
import io.breadthflow.stream.StreamJob;
import io.breadthflow.stream.kafka.EmbeddedKafka;
import io.breadthflow.stream.kafka.MarketDataProducer;
import io.breadthflow.stream.kafka.OutputTopics;
import io.breadthflow.stream.kafka.Topics;
import io.breadthflow.stream.sink.SharedStores;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.kafka.common.TopicPartition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bf kafka demo}: the Kafka flow end to end. Simulated trades go to {@code market-data}
 * (Avro, key = symbol); the job reads them back and writes bars, signals, alerts and pipeline
 * events to their topics in transactions; a read-committed consumer then shows what arrived.
 * Without {@code --kafka} a single-node broker runs inside this process for the demo.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Shows the Kafka flow: simulated trades → market-data → streaming job → bars,"
          + " trading-signals, alerts, pipeline-events (exactly once).",
      "Without --kafka or BF_KAFKA_BOOTSTRAP a single-node Kafka runs in this process."
    })
public final class KafkaDemoCommand implements Callable<Integer> {
  private static final Instant START = Instant.parse("2024-01-02T14:30:00Z");

  @Spec private CommandSpec spec;
  @Mixin private KafkaOptions kafka;
  @Mixin private StoreOptions storeOptions;

  @Option(
      names = "--trades",
      defaultValue = "60000",
      description = "Trades to publish (default ${DEFAULT-VALUE}).")
  private int trades;

  @Option(
      names = "--symbol-list",
      defaultValue = "demo_small",
      paramLabel = "NAME|FILE",
      description = "Universe (default ${DEFAULT-VALUE}).")
  private String symbolList;

  @Override
  public Integer call() throws Exception {
    if (trades < 1) {
      throw new UsageException("--trades must be positive");
    }
    Universe universe;
    try {
      universe = Universes.load(symbolList);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    String configured = kafka.bootstrap();
    EmbeddedKafka embedded = null;
    try {
      if (configured == null) {
        out.println("starting a single-node Kafka (KRaft) in this process…");
        out.flush();
        embedded = EmbeddedKafka.start();
      }
      String bootstrap = configured != null ? configured : embedded.bootstrapServers();
      demo(out, bootstrap, universe);
    } finally {
      if (embedded != null) {
        embedded.close();
      }
    }
    return 0;
  }

  private void demo(PrintWriter out, String bootstrap, Universe universe) throws Exception {
    List<Topics.Info> topics = KafkaConnection.call(bootstrap, () -> Topics.ensure(bootstrap));
    out.println(
        "kafka "
            + bootstrap
            + ": topics "
            + topics.stream().map(t -> t.name() + "(" + t.partitions() + ")").toList());
    Map<TopicPartition, Long> before =
        KafkaConnection.call(bootstrap, () -> Topics.marketDataEnd(bootstrap));
    publish(bootstrap, universe);
    out.printf(
        Locale.ROOT,
        "%-16s %,d simulated trades published (Avro, key = symbol)%n",
        Topics.MARKET_DATA,
        trades);
    out.flush();
    Path checkpoints = Files.createTempDirectory("bf-kafka-demo");
    try (MarketStore store = storeOptions.open();
        AutoCloseable shared = SharedStores.share(storeOptions.config(), store)) {
      PipelineCounters counters = new PipelineCounters();
      StreamJob job =
          new StreamJob(
              new EmbeddedRuntime(2, Duration.ofSeconds(1), checkpoints, 3),
              false,
              storeOptions.config(),
              event -> {},
              counters,
              bootstrap);
      try (RunningJob running =
          job.startKafka(
              "bf kafka demo",
              OffsetsInitializer.offsets(before),
              true,
              bridge ->
                  PipelineSpec.withDefaults(
                      universe.symbols(),
                      List.of(Interval.ONE_MINUTE, Interval.FIVE_MINUTES),
                      Duration.ofSeconds(2),
                      Duration.ofSeconds(10),
                      true,
                      bridge))) {
        running.awaitFinish(Duration.ofMinutes(30));
      }
      out.printf(
          Locale.ROOT,
          "%-16s %,d trades → %,d bars, %,d alerts; %,d quarantined, %,d late%n",
          "streaming job",
          counters.tradesProcessed(),
          counters.barsEmitted(),
          counters.alertsRaised(),
          counters.tradesQuarantined(),
          counters.lateTrades());
    }
    Map<String, List<String>> committed = OutputTopics.readCommitted(bootstrap, OutputTopics.ALL);
    committed.forEach(
        (topic, records) -> {
          out.printf(Locale.ROOT, "%-16s %,d records (read committed)%n", topic, records.size());
          records.stream().limit(2).forEach(r -> out.println("    " + abbreviate(r)));
        });
    out.flush();
  }

  private void publish(String bootstrap, Universe universe) {
    double[] prices = new double[universe.symbols().size()];
    Arrays.fill(prices, 100);
    SimulatedTrades simulated = new SimulatedTrades(universe.symbols(), prices, 8, START, 7);
    ProgressBar progress =
        ProgressBar.onTerminal(
            spec.commandLine().getErr(), "publishing to market-data", (trades + 999) / 1_000);
    try (MarketDataProducer producer = new MarketDataProducer(bootstrap)) {
      for (int i = 0; i < trades; i++) {
        Trade trade = simulated.next();
        producer.send(trade);
        if (i % 1_000 == 0) {
          progress.step(trade.symbol());
        }
      }
      producer.flush();
    }
    progress.finish();
  }

  private static String abbreviate(String record) {
    return record.length() <= 160 ? record : record.substring(0, 157) + "…";
  }
}
