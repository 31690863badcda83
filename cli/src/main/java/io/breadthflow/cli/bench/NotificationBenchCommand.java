package io.breadthflow.cli.bench;

import io.breadthflow.app.notify.DeliveryThroughput;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.live.PipelineCounters;
import io.breadthflow.core.notify.DeliveryChannel;
import io.breadthflow.core.rule.ActiveHours;
import io.breadthflow.core.rule.AlertRule;
import io.breadthflow.core.rule.Crossing;
import io.breadthflow.core.rule.IndexedRule;
import io.breadthflow.core.rule.Move;
import io.breadthflow.core.rule.Observation;
import io.breadthflow.core.rule.ResolvedRule;
import io.breadthflow.core.rule.RuleCondition;
import io.breadthflow.core.rule.RuleEvaluator;
import io.breadthflow.core.rule.RuleFiring;
import io.breadthflow.core.rule.RuleIndex;
import io.breadthflow.core.rule.RuleInput;
import io.breadthflow.core.rule.RuleStates;
import io.breadthflow.core.rule.RuleStatus;
import io.breadthflow.core.rule.RuleTarget;
import io.breadthflow.core.rule.SmaLine;
import io.breadthflow.ingest.universe.Universes;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.MarketStores;
import io.breadthflow.stream.Deduplication;
import io.breadthflow.stream.EmbeddedRuntime;
import io.breadthflow.stream.EventTime;
import io.breadthflow.stream.LocalBridge;
import io.breadthflow.stream.PipelineGraph;
import io.breadthflow.stream.PipelineSpec;
import io.breadthflow.stream.Resume;
import io.breadthflow.stream.market.IndicatorRow;
import io.breadthflow.stream.market.SymbolIndicators;
import io.breadthflow.stream.rule.BarRules;
import io.breadthflow.stream.rule.RuleSource;
import io.breadthflow.stream.source.SimulatedTradeSource;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bf bench notifications}: the cost of the users' personal alert rules. First the rule
 * evaluator alone: {@code --rules} active rules spread over {@code --symbols} symbols (the same
 * number on each), evaluated on 1m bars with their indicators, in time order, as the job's rule
 * operator does (index lookup, the key's states, the evaluation): nanoseconds and bytes allocated
 * per bar. Then the whole streaming job on the simulator with and without those rules, alternating
 * runs, best of each: trades/s in the steady state and the drop; and the job fed replayed 1m bars
 * (where every bar reaches the rule operators), bars/s with and without the rules. Last, delivery
 * throughput on a fresh store of each engine: {@code --deliveries} webhook firings enqueued, then
 * delivered by {@code --dispatchers} dispatchers to a webhook receiver on loopback.
 */
@Command(
    name = "notifications",
    mixinStandardHelpOptions = true,
    description = "Measures personal alert rules: evaluation cost per bar and job throughput.")
public final class NotificationBenchCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = "--rules",
      defaultValue = "10000",
      description = "Active rules (default ${DEFAULT-VALUE}).")
  private int ruleCount;

  @Option(
      names = "--symbols",
      defaultValue = "500",
      description = "Universe size (default ${DEFAULT-VALUE}).")
  private int symbolCount;

  @Option(
      names = "--bars",
      defaultValue = "2000",
      description = "1m bars per symbol in the evaluator run (default ${DEFAULT-VALUE}).")
  private int barsPerSymbol;

  @Option(
      names = "--trades",
      defaultValue = "6000000",
      description = "Trades per job run (default ${DEFAULT-VALUE}).")
  private long trades;

  @Option(
      names = "--runs",
      defaultValue = "2",
      description = "Job runs with and without rules, alternating (default ${DEFAULT-VALUE}).")
  private int runs;

  @Option(
      names = "--deliveries",
      defaultValue = "5000",
      description = "Webhook notifications in the delivery run (default ${DEFAULT-VALUE}).")
  private int deliveries;

  @Option(
      names = "--dispatchers",
      defaultValue = "4",
      description = "Dispatchers delivering at once (default ${DEFAULT-VALUE}).")
  private int dispatchers;

  @Mixin private BenchDatabases databases;

  @Override
  public Integer call() throws Exception {
    if (ruleCount < 1 || symbolCount < 1 || barsPerSymbol < 300 || trades < 1 || runs < 1) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--rules, --symbols, --trades, --runs ≥ 1 and --bars ≥ 300");
    }
    DeliveryThroughput.Request delivery;
    try {
      delivery = new DeliveryThroughput.Request(deliveries, Math.min(50, deliveries), dispatchers);
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--deliveries 1 to 1000000, --dispatchers 1 to 64");
    }
    PrintWriter out = spec.commandLine().getOut();
    List<String> symbols = symbols(symbolCount);
    List<ResolvedRule> rules = rules(symbols, ruleCount);
    out.printf(Locale.ROOT, "%-46s %18s%n", "measurement", "result");
    Evaluation evaluation = evaluate(symbols, rules);
    row(
        out,
        "rules / symbols / rules per bar",
        ruleCount + " / " + symbolCount + " / " + evaluation.rulesPerBar);
    row(out, "evaluator, ns per bar", String.format(Locale.ROOT, "%,.0f", evaluation.nanosPerBar));
    row(
        out,
        "evaluator, ns per rule evaluation",
        String.format(Locale.ROOT, "%.1f", evaluation.nanosPerBar / evaluation.rulesPerBar));
    row(
        out,
        "evaluator, bytes allocated per bar",
        String.format(Locale.ROOT, "%.1f", evaluation.bytesPerBar));
    row(
        out,
        "evaluator, firings per 1,000 bars",
        String.format(Locale.ROOT, "%.2f", 1000.0 * evaluation.firings / evaluation.bars));
    double without = 0;
    double with = 0;
    for (int run = 0; run < runs; run++) {
      without = Math.max(without, throughput(symbols, RuleSource.NONE));
      with = Math.max(with, throughput(symbols, RuleSource.fixed(rules)));
    }
    row(out, "job without rules, trades/s", String.format(Locale.ROOT, "%,.0f", without));
    row(
        out,
        "job with " + ruleCount + " rules, trades/s",
        String.format(Locale.ROOT, "%,.0f", with));
    row(
        out,
        "throughput drop",
        String.format(Locale.ROOT, "%.1f%% (target < 10%%)", 100 * (1 - with / without)));
    double barsWithout = 0;
    double barsWith = 0;
    for (int run = 0; run < runs; run++) {
      barsWithout = Math.max(barsWithout, barThroughput(symbols, RuleSource.NONE));
      barsWith = Math.max(barsWith, barThroughput(symbols, RuleSource.fixed(rules)));
    }
    row(
        out,
        "job on 1m bars without rules, bars/s",
        String.format(Locale.ROOT, "%,.0f", barsWithout));
    row(
        out,
        "job on 1m bars with " + ruleCount + " rules, bars/s",
        String.format(Locale.ROOT, "%,.0f", barsWith));
    row(
        out,
        "throughput drop on bars",
        String.format(Locale.ROOT, "%.1f%% (target < 10%%)", 100 * (1 - barsWith / barsWithout)));
    for (BenchDatabases.Engine engine : databases.engines()) {
      DeliveryThroughput.Result result =
          databases.fresh(
              engine,
              config -> {
                try (MarketStore store = MarketStores.open(config)) {
                  return DeliveryThroughput.measure(store.notifications(), delivery);
                }
              });
      row(
          out,
          engine + ": enqueue " + result.notifications() + " firings, s",
          String.format(Locale.ROOT, "%.2f", result.enqueueSeconds()));
      row(
          out,
          engine + ": webhook deliveries/s (" + dispatchers + " dispatchers)",
          String.format(Locale.ROOT, "%,.0f", result.perSecond()));
      row(
          out,
          engine + ": distinct keys received / requests",
          result.received() + " / " + result.requests());
    }
    return 0;
  }

  private record Evaluation(
      long bars, int rulesPerBar, double nanosPerBar, double bytesPerBar, long firings) {}

  /** The evaluator on precomputed 1m rows of every symbol, minute by minute; warmed up first. */
  private Evaluation evaluate(List<String> symbols, List<ResolvedRule> rules) {
    IndicatorRow[][] rows = rows(symbols, barsPerSymbol);
    RuleIndex index = new RuleIndex(rules);
    pass(index, rows, new HashMap<>(), new ArrayList<>());
    Map<String, RuleStates> states = new HashMap<>();
    List<RuleFiring> fired = new ArrayList<>();
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    pass(index, rows, states, fired);
    fired.clear();
    long bytesBefore = threads.getThreadAllocatedBytes(thread);
    long start = System.nanoTime();
    long firings = pass(index, rows, states, fired);
    long nanos = System.nanoTime() - start;
    long bytes = threads.getThreadAllocatedBytes(thread) - bytesBefore;
    long bars = (long) symbols.size() * barsPerSymbol;
    int perBar = index.rulesFor(RuleInput.BAR, Interval.ONE_MINUTE, symbols.get(0)).length;
    return new Evaluation(bars, perBar, (double) nanos / bars, (double) bytes / bars, firings);
  }

  private static long pass(
      RuleIndex index,
      IndicatorRow[][] rows,
      Map<String, RuleStates> states,
      List<RuleFiring> fired) {
    Observation observation = new Observation();
    long firings = 0;
    int length = rows[0].length;
    for (int t = 0; t < length; t++) {
      for (IndicatorRow[] symbol : rows) {
        IndicatorRow row = symbol[t];
        BarRules.fill(row.bar(), row.values(), row.sma50(), row.sma200(), observation);
        IndexedRule[] rules =
            index.rulesFor(observation.input(), observation.interval(), observation.symbol());
        RuleStates key = states.get(observation.symbol());
        if (key == null) {
          key = new RuleStates();
          states.put(observation.symbol(), key);
        }
        firings += RuleEvaluator.evaluate(rules, key, observation, fired);
      }
      fired.clear();
    }
    return firings;
  }

  /** Random-walk 1m bars of every symbol with the job's indicators. */
  private static IndicatorRow[][] rows(List<String> symbols, int count) {
    Random random = new Random(42);
    Instant first = Instant.parse("2024-01-02T14:30:00Z");
    IndicatorRow[][] rows = new IndicatorRow[symbols.size()][count];
    for (int s = 0; s < symbols.size(); s++) {
      SymbolIndicators indicators = new SymbolIndicators();
      double close = 100;
      for (int t = 0; t < count; t++) {
        double open = close;
        close = close * (1 + 0.002 * random.nextGaussian());
        double high = Math.max(open, close) * (1 + 0.0005 * random.nextDouble());
        double low = Math.min(open, close) * (1 - 0.0005 * random.nextDouble());
        Bar bar =
            new Bar(
                symbols.get(s),
                Interval.ONE_MINUTE,
                first.plusSeconds(60L * t),
                open,
                high,
                low,
                close,
                1_000 + random.nextInt(1_000),
                Double.NaN,
                -1);
        rows[s][t] = indicators.update(bar);
      }
    }
    return rows;
  }

  /** {@code count} 1m rules, the same number on each symbol, of every bar condition. */
  private static List<ResolvedRule> rules(List<String> symbols, int count) {
    ZoneId zone = ZoneId.of("America/New_York");
    List<ResolvedRule> rules = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String symbol = symbols.get(i % symbols.size());
      int variant = i / symbols.size();
      RuleCondition condition =
          switch (variant % 6) {
            case 0 -> new RuleCondition.RsiCross(20 + variant % 60, Crossing.BELOW);
            case 1 -> new RuleCondition.PriceCross(90 + variant % 20, Crossing.ABOVE);
            case 2 -> new RuleCondition.MacdCross(Crossing.ABOVE);
            case 3 -> new RuleCondition.SmaCross(SmaLine.SMA_20, SmaLine.SMA_50, Crossing.BELOW);
            case 4 -> new RuleCondition.PriceChange(1 + variant % 4, 5 + variant % 20, Move.EITHER);
            default -> new RuleCondition.VolatilityAbove(0.2 + 0.05 * (variant % 10));
          };
      AlertRule rule =
          new AlertRule(
              i + 1,
              1 + i % 1_000,
              "bench " + (i + 1),
              RuleTarget.symbol(symbol),
              condition,
              Interval.ONE_MINUTE,
              Duration.ofMinutes(15),
              ActiveHours.allDay(zone),
              Set.of(DeliveryChannel.IN_APP, DeliveryChannel.WEBHOOK),
              RuleStatus.ACTIVE);
      rules.add(new ResolvedRule(rule, List.of(symbol)));
    }
    return rules;
  }

  private static void row(PrintWriter out, String name, String value) {
    out.printf(Locale.ROOT, "%-46s %18s%n", name, value);
    out.flush();
  }

  /**
   * Trades/s of the whole job in its steady state: from the moment a fifth of the trades were
   * processed to the end (start-up, when tasks still open and the rules are read, excluded alike
   * with and without rules).
   */
  private double throughput(List<String> symbols, RuleSource rules) throws Exception {
    PipelineCounters counters = new PipelineCounters();
    double[] prices = new double[symbols.size()];
    Arrays.fill(prices, 100);
    try (LocalBridge bridge = LocalBridge.open(event -> {}, counters)) {
      StreamExecutionEnvironment env =
          new EmbeddedRuntime(
                  2, Duration.ofSeconds(30), Files.createTempDirectory("bf-bench-rules"), 0)
              .environment(Resume.FRESH);
      PipelineSpec spec =
          PipelineSpec.withDefaults(
                  symbols,
                  List.of(Interval.ONE_MINUTE, Interval.FIVE_MINUTES, Interval.ONE_HOUR),
                  Duration.ZERO,
                  Duration.ofSeconds(10),
                  Deduplication.OFF,
                  bridge.name())
              .withRules(rules);
      PipelineGraph.Outputs outputs =
          PipelineGraph.fromTrades(
              env.fromSource(
                      SimulatedTradeSource.create(symbols, prices, 0, trades, 42),
                      EventTime.trades(Duration.ZERO, Duration.ZERO),
                      "simulator")
                  .setParallelism(1),
              spec);
      outputs.market().sinkTo(new DiscardingSink<>());
      outputs.alerts().sinkTo(new DiscardingSink<>());
      outputs.firings().sinkTo(new DiscardingSink<>());
      CompletableFuture<JobExecutionResult> result =
          env.executeAsync("bench rules").getJobExecutionResult();
      long startNanos = 0;
      long startCount = 0;
      while (!result.isDone()) {
        try {
          result.get(20, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
          if (startNanos == 0 && counters.tradesProcessed() >= trades / 5) {
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

  /** Indicator rows seen by the bar run's counter, and when a fifth and all of them were seen. */
  private static final java.util.concurrent.atomic.AtomicLong ROWS =
      new java.util.concurrent.atomic.AtomicLong();

  private static final java.util.concurrent.atomic.AtomicLong FIFTH_NANOS =
      new java.util.concurrent.atomic.AtomicLong();

  private static final java.util.concurrent.atomic.AtomicLong LAST_NANOS =
      new java.util.concurrent.atomic.AtomicLong();

  /**
   * Bars/s of the job fed {@code --bars} replayed 1m bars of every symbol (every bar reaches the
   * rule operators), in the steady state: from the fifth of the indicator rows to the last.
   */
  private double barThroughput(List<String> symbols, RuleSource rules) throws Exception {
    int perSymbol = barsPerSymbol;
    long total = (long) symbols.size() * perSymbol;
    ROWS.set(0);
    StreamExecutionEnvironment env =
        new EmbeddedRuntime(
                2, Duration.ofSeconds(30), Files.createTempDirectory("bf-bench-bars"), 0)
            .environment(Resume.FRESH);
    PipelineSpec spec =
        PipelineSpec.withDefaults(
                symbols,
                List.of(Interval.ONE_MINUTE),
                Duration.ZERO,
                Duration.ZERO,
                Deduplication.OFF,
                "none")
            .withRules(rules);
    List<String> names = List.copyOf(symbols);
    PipelineGraph.Outputs outputs =
        PipelineGraph.fromBars(
            env.fromSource(
                    io.breadthflow.stream.source.ReplaySource.bars(
                        () -> minuteBars(names, perSymbol),
                        total,
                        io.breadthflow.stream.source.Pacing.AS_FAST_AS_POSSIBLE),
                    EventTime.bars(Duration.ofSeconds(5)),
                    "bars")
                .setParallelism(1),
            spec);
    outputs
        .indicators()
        .map(
            row -> {
              long seen = ROWS.incrementAndGet();
              if (seen == total / 5) {
                FIFTH_NANOS.set(System.nanoTime());
              } else if (seen == total) {
                LAST_NANOS.set(System.nanoTime());
              }
              return seen;
            })
        .sinkTo(new DiscardingSink<>());
    outputs.market().sinkTo(new DiscardingSink<>());
    outputs.alerts().sinkTo(new DiscardingSink<>());
    outputs.firings().sinkTo(new DiscardingSink<>());
    env.execute("bench rules on bars");
    return (total - total / 5) / ((LAST_NANOS.get() - FIFTH_NANOS.get()) / 1e9);
  }

  /** The random-walk 1m bars of {@link #rows}, minute by minute. */
  private static List<Bar> minuteBars(List<String> symbols, int count) {
    IndicatorRow[][] rows = rows(symbols, count);
    List<Bar> bars = new ArrayList<>(symbols.size() * count);
    for (int t = 0; t < count; t++) {
      for (IndicatorRow[] symbol : rows) {
        bars.add(symbol[t].bar());
      }
    }
    return bars;
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
