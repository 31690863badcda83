package io.breadthflow.stream.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breadthflow.core.alert.Alert;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.domain.Trade;
import io.breadthflow.core.signal.SignalWeights;
import io.breadthflow.stream.Deduplication;
import io.breadthflow.stream.EventTime;
import io.breadthflow.stream.PipelineGraph;
import io.breadthflow.stream.PipelineSpec;
import io.breadthflow.stream.alert.AlertRules;
import io.breadthflow.stream.forecast.ForecastSchedule;
import io.breadthflow.stream.market.MarketUpdate;
import io.breadthflow.stream.rule.RuleSource;
import io.breadthflow.stream.sink.LocalSink;
import io.breadthflow.stream.source.Pacing;
import io.breadthflow.stream.source.ReplaySource;
import io.breadthflow.stream.trade.RejectedTrade;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Metric;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.runtime.testutils.InMemoryReporter;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;

/**
 * The job's own counters, read back through a metric reporter of a MiniCluster (what Flink's
 * Prometheus reporter sees on a cluster), summed over subtasks.
 */
class PipelineMetricsTest {
  private static final Instant OPEN = Instant.parse("2024-03-01T14:30:00Z");

  @Test
  void countersCountTradesQuarantinedLateTradesAndBarsOfAKnownInput() throws Exception {
    List<Trade> trades =
        List.of(
            trade("AAPL", 5_000, 10.0, 100),
            trade("AAPL", 30_000, 11.0, 100),
            trade("AAPL", 10_000, 9.0, 50),
            trade("MSFT", 20_000, 400.0, 10),
            trade("AAPL", 65_000, 12.0, 100), // watermark 63 s: the 14:30 bars are final
            trade("AAPL", 50_000, 13.0, 10), // within the 10 s lateness: a revision, no bar
            trade("AAPL", 65_000, 12.0, 100), // exact repeat: quarantined
            trade("AAPL", 80_000, 12.5, 100), // watermark 78 s: 14:30 past its lateness
            trade("AAPL", 55_000, 14.0, 10), // late
            trade("AAPL", 81_000, -1.0, 10), // invalid price: quarantined
            trade("TSLA", 82_000, 200.0, 10), // not in the universe: quarantined
            trade("MSFT", 90_000, 401.0, 5));

    Run run = run(trades);

    // bars: AAPL and MSFT at 14:30 and 14:31 (1m), at 14:30 (5m and 1h)
    assertThat(run.counts())
        .containsEntry(PipelineMetrics.TRADES, 12L)
        .containsEntry(PipelineMetrics.QUARANTINED, 3L)
        .containsEntry(PipelineMetrics.LATE_TRADES, 1L)
        .containsEntry(PipelineMetrics.BARS, 8L)
        .containsEntry(PipelineMetrics.SIGNALS, run.signals())
        .containsEntry(PipelineMetrics.ALERTS, run.alerts())
        .containsOnlyKeys(PipelineMetrics.NAMES);
    assertThat(run.bars()).isEqualTo(8);
  }

  @Test
  void signalAndAlertCountersEqualWhatTheJobOutputs() throws Exception {
    List<Trade> trades = new ArrayList<>();
    for (int i = 0; i < 6_000; i++) {
      double drift = i < 3_000 ? -i * 0.01 : (i - 3_000) * 0.02 - 30;
      trades.add(trade("AAPL", i * 7_000L, 100 + drift + Math.sin(i / 9.0), 10 + i % 7));
      trades.add(trade("MSFT", i * 7_000L + 1, 300 - drift + Math.cos(i / 7.0), 5 + i % 3));
    }

    Run run = run(trades);

    assertThat(run.signals()).isPositive();
    assertThat(run.alerts()).isPositive();
    assertThat(run.counts())
        .containsEntry(PipelineMetrics.TRADES, 12_000L)
        .containsEntry(PipelineMetrics.QUARANTINED, 0L)
        .containsEntry(PipelineMetrics.LATE_TRADES, 0L)
        .containsEntry(PipelineMetrics.BARS, run.bars())
        .containsEntry(PipelineMetrics.SIGNALS, run.signals())
        .containsEntry(PipelineMetrics.ALERTS, run.alerts());
  }

  @Test
  void anUnknownCounterNameIsRefused() {
    assertThatThrownBy(() -> PipelineMetrics.counter(null, "trade"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got 'trade'");
  }

  /** Counter totals by name, and what the job's sinks received. */
  private record Run(Map<String, Long> counts, long bars, long signals, long alerts) {}

  private static Run run(List<Trade> trades) throws Exception {
    InMemoryReporter reporter = InMemoryReporter.createWithRetainedMetrics();
    Configuration config = reporter.addToConfiguration(new Configuration());
    config.setString("parallelism.default", "2");
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(config);
    List<Trade> replay = List.copyOf(trades);
    PipelineSpec spec =
        new PipelineSpec(
            List.of("AAPL", "MSFT"),
            List.of(Interval.ONE_MINUTE, Interval.FIVE_MINUTES, Interval.ONE_HOUR),
            Duration.ofSeconds(2),
            Duration.ofSeconds(10),
            Duration.ofSeconds(5),
            Deduplication.EXACT_REPEATS,
            SignalWeights.defaults(),
            AlertRules.defaults(),
            null,
            "none",
            ForecastSchedule.NONE,
            RuleSource.NONE);
    PipelineGraph.Outputs outputs =
        PipelineGraph.fromTrades(
            env.fromSource(
                    ReplaySource.trades(() -> replay, replay.size(), Pacing.AS_FAST_AS_POSSIBLE),
                    EventTime.trades(spec.outOfOrderness(), spec.idleness()),
                    "trades")
                .setParallelism(1),
            spec);
    try (LocalSink<Bar> bars = new LocalSink<>();
        LocalSink<RejectedTrade> rejected = new LocalSink<>();
        LocalSink<MarketUpdate> market = new LocalSink<>();
        LocalSink<Alert> alerts = new LocalSink<>()) {
      outputs.bars().sinkTo(bars);
      outputs.rejected().sinkTo(rejected);
      outputs.market().sinkTo(market);
      outputs.alerts().sinkTo(alerts);
      JobExecutionResult result = env.execute("pipeline metrics");
      Map<String, Long> counts = new TreeMap<>();
      String job = result.getJobID().toHexString();
      for (Map.Entry<MetricGroup, Map<String, Metric>> group :
          reporter.getMetricsByGroup().entrySet()) {
        String[] scope = group.getKey().getScopeComponents();
        boolean ours =
            scope[scope.length - 1].equals(PipelineMetrics.GROUP)
                && job.equals(group.getKey().getAllVariables().get("<job_id>"));
        if (ours) {
          group
              .getValue()
              .forEach(
                  (name, metric) -> counts.merge(name, ((Counter) metric).getCount(), Long::sum));
        }
      }
      long signals = market.gathered().stream().mapToLong(m -> m.signals().size()).sum();
      return new Run(counts, bars.gathered().size(), signals, alerts.gathered().size());
    }
  }

  private static Trade trade(String symbol, long millis, double price, double size) {
    return new Trade(symbol, OPEN.plusMillis(millis), price, size, "Q", "");
  }
}
