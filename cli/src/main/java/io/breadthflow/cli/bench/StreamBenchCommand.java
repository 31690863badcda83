package io.breadthflow.cli.bench;

import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.domain.Trade;
import io.breadthflow.core.live.PipelineCounters;
import io.breadthflow.ingest.sim.SimulatedTrades;
import io.breadthflow.ingest.universe.Universes;
import io.breadthflow.stream.Deduplication;
import io.breadthflow.stream.EmbeddedRuntime;
import io.breadthflow.stream.EventTime;
import io.breadthflow.stream.LocalBridge;
import io.breadthflow.stream.PipelineGraph;
import io.breadthflow.stream.PipelineSpec;
import io.breadthflow.stream.ReadExtent;
import io.breadthflow.stream.Resume;
import io.breadthflow.stream.kafka.EmbeddedKafka;
import io.breadthflow.stream.kafka.KafkaPipeline;
import io.breadthflow.stream.kafka.MarketDataProducer;
import io.breadthflow.stream.kafka.OutputTopics;
import io.breadthflow.stream.kafka.Topics;
import io.breadthflow.stream.sink.LocalSink;
import io.breadthflow.stream.source.SimulatedTradeSource;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bf bench stream}: the streaming job on the simulator over a 500-symbol universe, embedded
 * and through a single-node Kafka in this process: sustained trades/s, the latency from a bar
 * period's end (event time = wall clock) to its breadth and signals, and the raw Kafka produce and
 * consume rates on the same machine as the reference limit.
 */
@Command(
    name = "stream",
    mixinStandardHelpOptions = true,
    description = "Measures the streaming job: throughput, signal latency, and the Kafka path.")
public final class StreamBenchCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = "--trades",
      defaultValue = "5000000",
      description = "Trades per throughput run (default ${DEFAULT-VALUE}).")
  private long trades;

  @Option(
      names = "--kafka-trades",
      defaultValue = "3000000",
      description = "Trades through Kafka (default ${DEFAULT-VALUE}).")
  private int kafkaTrades;

  @Option(
      names = "--latency-rate",
      defaultValue = "100000",
      description = "Trades/s of the latency run (default ${DEFAULT-VALUE}).")
  private double latencyRate;

  @Option(
      names = "--latency-seconds",
      defaultValue = "300",
      description = "Length of the latency run (default ${DEFAULT-VALUE}).")
  private int latencySeconds;

  @Option(
      names = "--symbols",
      defaultValue = "500",
      description = "Universe size (default ${DEFAULT-VALUE}).")
  private int symbolCount;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<String> symbols = symbols(symbolCount);
    double[] prices = new double[symbols.size()];
    Arrays.fill(prices, 100);
    out.printf(Locale.ROOT, "%-40s %16s%n", "measurement", "result");
    double embedded =
        throughput(
            symbols,
            env ->
                env.fromSource(
                        SimulatedTradeSource.create(symbols, prices, 0, trades, 42),
                        EventTime.trades(Duration.ZERO, Duration.ZERO),
                        "simulator")
                    .setParallelism(1));
    row(out, "embedded job, trades/s", String.format(Locale.ROOT, "%,.0f", embedded));
    long[] latency = latency(symbols, prices);
    row(out, "period end → 1m bar, p50 / p99", latency[0] + " / " + latency[1] + " ms");
    row(out, "period end → breadth+signals, p50 / p99", latency[2] + " / " + latency[3] + " ms");
    try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
      String bootstrap = kafka.bootstrapServers();
      Topics.ensure(bootstrap);
      double produce = produce(bootstrap, simulated(symbols, prices, kafkaTrades));
      row(out, "kafka raw produce, trades/s", String.format(Locale.ROOT, "%,.0f", produce));
      double consume = consume(bootstrap);
      row(out, "kafka raw consume, trades/s", String.format(Locale.ROOT, "%,.0f", consume));
      double job =
          throughput(
              symbols,
              env ->
                  env.fromSource(
                          KafkaPipeline.source(bootstrap, "bench", ReadExtent.BOUNDED),
                          EventTime.trades(Duration.ofSeconds(2), Duration.ZERO),
                          "market-data")
                      .setParallelism(1));
      row(out, "job reading market-data, trades/s", String.format(Locale.ROOT, "%,.0f", job));
    }
    return 0;
  }

  private interface Trades {
    DataStream<Trade> of(StreamExecutionEnvironment env);
  }

  private static void row(PrintWriter out, String name, String value) {
    out.printf(Locale.ROOT, "%-40s %16s%n", name, value);
    out.flush();
  }

  /** Trades/s of the whole job over the part of the run where trades flowed. */
  private double throughput(List<String> symbols, Trades source) throws Exception {
    PipelineCounters counters = new PipelineCounters();
    try (LocalBridge bridge = LocalBridge.open(event -> {}, counters)) {
      StreamExecutionEnvironment env = runtime().environment(Resume.FRESH);
      PipelineGraph.Outputs outputs =
          PipelineGraph.fromTrades(source.of(env), spec(symbols, Duration.ZERO, bridge.name()));
      outputs.market().sinkTo(new DiscardingSink<>());
      outputs.alerts().sinkTo(new DiscardingSink<>());
      CompletableFuture<JobExecutionResult> result =
          env.executeAsync("bench throughput").getJobExecutionResult();
      long startNanos = 0;
      long startCount = 0;
      while (!result.isDone()) {
        try {
          result.get(20, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
          if (startNanos == 0 && counters.tradesProcessed() > 0) {
            startNanos = System.nanoTime();
            startCount = counters.tradesProcessed();
          }
        }
      }
      result.get();
      double seconds = (System.nanoTime() - startNanos) / 1e9;
      return (counters.tradesProcessed() - startCount) / seconds;
    }
  }

  /**
   * Live simulator at {@code latencyRate} trades/s stamped with the wall clock, no out-of-order
   * allowance: wall time at which each final 1m bar and each 1m breadth-and-signals update leaves
   * its operator, minus its period's end. Returns p50, p99 of the bars and of the updates (ms).
   */
  private long[] latency(List<String> symbols, double[] prices) throws Exception {
    StreamExecutionEnvironment env = runtime().environment(Resume.FRESH);
    long count = (long) (latencyRate * latencySeconds);
    PipelineGraph.Outputs outputs =
        PipelineGraph.fromTrades(
            env.fromSource(
                    SimulatedTradeSource.create(symbols, prices, latencyRate, count, 42),
                    EventTime.trades(Duration.ZERO, Duration.ofSeconds(10)),
                    "simulator")
                .setParallelism(1),
            spec(symbols, Duration.ZERO, "none"));
    try (LocalSink<Long> bars = new LocalSink<>();
        LocalSink<Long> updates = new LocalSink<>()) {
      outputs
          .bars()
          .filter(bar -> bar.interval() == Interval.ONE_MINUTE)
          .map(bar -> System.currentTimeMillis() - bar.start().toEpochMilli() - 60_000)
          .sinkTo(bars);
      outputs
          .market()
          .filter(update -> update.interval() == Interval.ONE_MINUTE)
          .map(update -> System.currentTimeMillis() - update.start().toEpochMilli() - 60_000)
          .sinkTo(updates);
      outputs.alerts().sinkTo(new DiscardingSink<>());
      env.execute("bench latency");
      return new long[] {
        percentile(bars.gathered(), 0.50),
        percentile(bars.gathered(), 0.99),
        percentile(updates.gathered(), 0.50),
        percentile(updates.gathered(), 0.99)
      };
    }
  }

  /** The percentile of the non-negative values (the end of input flushes periods not yet over). */
  private static long percentile(List<Long> values, double p) {
    long[] sorted =
        values.stream().mapToLong(Long::longValue).filter(v -> v >= 0).sorted().toArray();
    return sorted.length == 0 ? -1 : sorted[(int) Math.min(sorted.length - 1, p * sorted.length)];
  }

  private double produce(String bootstrap, List<Trade> trades) {
    try (MarketDataProducer producer = new MarketDataProducer(bootstrap)) {
      long start = System.nanoTime();
      trades.forEach(producer::send);
      producer.flush();
      return trades.size() / ((System.nanoTime() - start) / 1e9);
    }
  }

  private static double consume(String bootstrap) {
    long start = System.nanoTime();
    long records = OutputTopics.readToEnd(bootstrap, List.of(Topics.MARKET_DATA), record -> {});
    return records / ((System.nanoTime() - start) / 1e9);
  }

  private static List<Trade> simulated(List<String> symbols, double[] prices, int count) {
    SimulatedTrades simulated =
        new SimulatedTrades(symbols, prices, 100_000, Instant.parse("2024-01-02T14:30:00Z"), 42);
    List<Trade> trades = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      trades.add(simulated.next());
    }
    return trades;
  }

  private EmbeddedRuntime runtime() throws java.io.IOException {
    return new EmbeddedRuntime(
        2, Duration.ofSeconds(30), Files.createTempDirectory("bf-bench-stream"), 0);
  }

  private static PipelineSpec spec(List<String> symbols, Duration outOfOrder, String bridge) {
    return PipelineSpec.withDefaults(
        symbols,
        List.of(Interval.ONE_MINUTE, Interval.FIVE_MINUTES, Interval.ONE_HOUR),
        outOfOrder,
        Duration.ofSeconds(10),
        Deduplication.OFF,
        bridge);
  }

  /** {@code count} symbols: the sp100 members, then synthetic tickers. */
  private static List<String> symbols(int count) {
    List<String> symbols = new ArrayList<>(Universes.sp100().symbols());
    for (int i = 0; symbols.size() < count; i++) {
      symbols.add("S" + String.format(Locale.ROOT, "%04d", i));
    }
    return List.copyOf(symbols.subList(0, count));
  }
}
