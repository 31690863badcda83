package io.breadthflow.stream;

import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.domain.Trade;
import io.breadthflow.stream.sink.LocalSink;
import io.breadthflow.stream.source.Pacing;
import io.breadthflow.stream.source.ReplaySource;
import io.breadthflow.stream.trade.RejectedTrade;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * A bounded run of the bar stage over a list of trades ({@code bf stream bars}): the final bars,
 * with corrections from trades within the allowed lateness applied, and the rejected trades counted
 * by reason.
 */
public final class BarsFromTrades {
  private BarsFromTrades() {}

  /**
   * What came out.
   *
   * @param bars final bars by start, then symbol, then interval
   * @param rejected rejected trades per reason
   */
  public record Result(List<Bar> bars, Map<String, Long> rejected) {}

  public static Result run(
      List<Trade> trades,
      List<String> universe,
      List<Interval> intervals,
      Duration outOfOrderness,
      Duration allowedLateness)
      throws Exception {
    Configuration config = new Configuration();
    config.set(CoreOptions.DEFAULT_PARALLELISM, 2);
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(config);
    PipelineSpec spec =
        PipelineSpec.withDefaults(
            universe, intervals, outOfOrderness, allowedLateness, Deduplication.OFF, "none");
    List<Trade> replay = List.copyOf(trades);
    PipelineGraph.Outputs outputs =
        PipelineGraph.fromTrades(
            env.fromSource(
                    ReplaySource.trades(() -> replay, replay.size(), Pacing.AS_FAST_AS_POSSIBLE),
                    EventTime.trades(outOfOrderness, spec.idleness()),
                    "trades")
                .setParallelism(1),
            spec);
    Map<String, Bar> latest = new LinkedHashMap<>();
    Map<String, Long> reasons = new TreeMap<>();
    try (LocalSink<Bar> bars = new LocalSink<>();
        LocalSink<RejectedTrade> rejected = new LocalSink<>()) {
      outputs.bars().union(outputs.revisions()).sinkTo(bars);
      outputs.rejected().sinkTo(rejected);
      env.execute("bars from trades");
      for (Bar bar : bars.gathered()) {
        latest.put(bar.symbol() + bar.interval() + bar.start(), bar);
      }
      for (RejectedTrade r : rejected.gathered()) {
        reasons.merge(r.reason(), 1L, Long::sum);
      }
    }
    List<Bar> sorted = new ArrayList<>(latest.values());
    sorted.sort(
        Comparator.comparing(Bar::start).thenComparing(Bar::symbol).thenComparing(Bar::interval));
    return new Result(sorted, reasons);
  }
}
