package io.breadthflow.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breadthflow.core.alert.Alert;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.domain.Trade;
import io.breadthflow.core.signal.SignalWeights;
import io.breadthflow.ingest.sim.SimulatedTrades;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.MarketStores;
import io.breadthflow.store.StoreConfig;
import io.breadthflow.store.StoredAlert;
import io.breadthflow.stream.alert.AlertCooldowns;
import io.breadthflow.stream.alert.AlertRules;
import io.breadthflow.stream.alert.GoldenCross;
import io.breadthflow.stream.alert.GoldenCrossState;
import io.breadthflow.stream.alert.ThresholdAlerts;
import io.breadthflow.stream.forecast.ForecastSchedule;
import io.breadthflow.stream.market.IndicatorRow;
import io.breadthflow.stream.market.SymbolIndicators;
import io.breadthflow.stream.rule.RuleSource;
import io.breadthflow.stream.sink.PipelineSinks;
import io.breadthflow.stream.source.Pacing;
import io.breadthflow.stream.source.ReplaySource;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A job that fails mid-stream and restarts from its checkpoint, or crashes and is resumed from it,
 * leaves the store exactly as a clean run does: no duplicates, no gaps.
 */
class ExactlyOnceTest {
  private static final List<String> SYMBOLS =
      List.of("AAPL", "AMZN", "GOOGL", "META", "MSFT", "NVDA");
  private static final Instant START = Instant.parse("2024-03-01T14:30:00Z");
  private static final int TRADES = 40_000;
  private static List<Trade> trades;
  private static Snapshot clean;

  @TempDir static Path shared;
  @TempDir Path dir;

  @BeforeAll
  static void cleanRun() throws Exception {
    double[] prices = new double[SYMBOLS.size()];
    Arrays.fill(prices, 100);
    SimulatedTrades simulated = new SimulatedTrades(SYMBOLS, prices, 20, START, 5);
    List<Trade> generated = new ArrayList<>();
    for (int i = 0; i < TRADES; i++) {
      generated.add(simulated.next());
    }
    trades = List.copyOf(generated);
    clean = run(shared.resolve("clean"), 0, null, Resume.FRESH);
    assertThat(clean.bars).hasSizeGreaterThan(200);
    // the clean run's symbol alerts are exactly what the plain rules raise on its final bars (the
    // trades arrive in time order: no bar is revised), and there are enough to mean something
    List<Alert> symbolAlerts =
        clean.alerts.stream().filter(alert -> !alert.symbol().isEmpty()).toList();
    assertThat(symbolAlerts)
        .hasSizeGreaterThan(50)
        .containsExactlyInAnyOrderElementsOf(alertsOf(clean.bars, RULES, spec().longestInterval()));
  }

  @Test
  void aJobThatFailsMidStreamRestartsFromItsCheckpointWithIdenticalResults() throws Exception {
    Snapshot restarted = run(dir, 3, dir.resolve("failed-once"), Resume.FRESH);

    assertThat(dir.resolve("failed-once")).exists();
    assertThat(restarted.alerts).containsExactlyElementsOf(clean.alerts);
    assertThat(restarted).isEqualTo(clean);
  }

  @Test
  void aCrashedJobResumesFromItsLatestCheckpointWithIdenticalResults() throws Exception {
    assertThatThrownBy(() -> run(dir, 0, dir.resolve("crashed"), Resume.FRESH))
        .hasStackTraceContaining("injected failure");
    assertThat(EmbeddedRuntime.latestCheckpoint(dir.resolve("checkpoints"))).isPresent();

    Snapshot resumed = run(dir, 0, null, Resume.LATEST_CHECKPOINT);

    assertThat(resumed.alerts).containsExactlyElementsOf(clean.alerts);
    assertThat(resumed).isEqualTo(clean);
  }

  /** What a run left in its store: bars by symbol, interval and time; alerts sorted. */
  private record Snapshot(List<Bar> bars, List<Alert> alerts, long quarantined) {}

  private static final AlertRules RULES = new AlertRules(60, 40, 0.05, 0.002, 1.5, 1.5, 3, 5);

  private static final Comparator<Alert> ORDER =
      Comparator.comparing(Alert::symbol)
          .thenComparing(Alert::interval)
          .thenComparing(Alert::time)
          .thenComparing(Alert::rule)
          .thenComparing(Alert::message);

  private static PipelineSpec spec() {
    return new PipelineSpec(
        SYMBOLS,
        List.of(Interval.ONE_MINUTE, Interval.FIVE_MINUTES),
        Duration.ofSeconds(1),
        Duration.ofSeconds(5),
        Duration.ofSeconds(5),
        Deduplication.EXACT_REPEATS,
        SignalWeights.defaults(),
        RULES,
        null,
        "none",
        ForecastSchedule.NONE,
        RuleSource.NONE);
  }

  /** The threshold and golden-cross alerts of each series of final bars, by the plain classes. */
  static List<Alert> alertsOf(List<Bar> bars, AlertRules rules, Interval longest) {
    Map<String, List<Bar>> series = new TreeMap<>();
    for (Bar bar : bars) {
      series.computeIfAbsent(bar.symbol() + "|" + bar.interval(), k -> new ArrayList<>()).add(bar);
    }
    ThresholdAlerts thresholds = new ThresholdAlerts(rules);
    GoldenCross crosses = new GoldenCross(rules, longest.length());
    List<Alert> alerts = new ArrayList<>();
    for (List<Bar> one : series.values()) {
      SymbolIndicators indicators = new SymbolIndicators();
      AlertCooldowns cooldowns = new AlertCooldowns();
      GoldenCrossState waiting = new GoldenCrossState();
      for (Bar bar : one.stream().sorted(Comparator.comparing(Bar::start)).toList()) {
        IndicatorRow row = indicators.update(bar);
        thresholds.update(row, cooldowns, alerts);
        crosses.update(row, waiting, alerts);
      }
    }
    return alerts;
  }

  private static Snapshot run(Path dir, int restarts, Path failMarker, Resume resume)
      throws Exception {
    StoreConfig config = new StoreConfig("jdbc:duckdb:" + dir.resolve("store.duckdb"), "", "");
    EmbeddedRuntime runtime =
        new EmbeddedRuntime(2, Duration.ofMillis(100), dir.resolve("checkpoints"), restarts);
    StreamExecutionEnvironment env = runtime.environment(resume);
    List<Trade> replay = trades;
    PipelineSpec spec = spec();
    DataStream<Trade> source =
        env.fromSource(
                ReplaySource.trades(() -> replay, replay.size(), new Pacing(400)),
                EventTime.trades(spec.outOfOrderness(), spec.idleness()),
                "trades")
            .uid("source")
            .setParallelism(1);
    if (failMarker != null) {
      source =
          source.map(new FailOnce<>(TRADES / 4, failMarker)).uid("fail-once").setParallelism(1);
    } else {
      source = source.map(trade -> trade).uid("fail-once").setParallelism(1);
    }
    PipelineSinks.toStore(PipelineGraph.fromTrades(source, spec), config);
    env.execute("exactly once");
    try (MarketStore store = MarketStores.open(config)) {
      List<Bar> bars = new ArrayList<>();
      for (String symbol : SYMBOLS) {
        for (Interval interval : spec.intervals()) {
          bars.addAll(
              store.bars(symbol, interval, Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")));
        }
      }
      List<Alert> alerts =
          store.alerts().recent(100_000, false).stream()
              .map(StoredAlert::alert)
              .sorted(ORDER)
              .toList();
      return new Snapshot(bars, alerts, store.quarantinedCount());
    }
  }
}
