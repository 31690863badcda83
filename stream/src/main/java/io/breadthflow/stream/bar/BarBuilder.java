package io.breadthflow.stream.bar;

import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.domain.Trade;
import io.breadthflow.core.live.PipelineCounters;
import io.breadthflow.stream.Deduplication;
import io.breadthflow.stream.LocalBridge;
import io.breadthflow.stream.metrics.PipelineMetrics;
import io.breadthflow.stream.trade.RejectedTrade;
import java.time.Duration;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.TimerService;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Trades of one symbol (keyed by symbol) into event-time bars of several intervals at once; the
 * decisions are {@link BarAggregator}'s, this function holds its state and timers:
 *
 * <ul>
 *   <li>with de-duplication on, an exact repeat of one of the symbol's last {@value
 *       SymbolBars#REMEMBERED_TRADES} trades is a duplicate and goes to {@link #REJECTED};
 *   <li>a bar is emitted on the main output when the watermark passes its end;
 *   <li>a trade for an emitted bar within the allowed lateness updates it, and the corrected bar
 *       goes to {@link #REVISIONS} (the store and the live clients take it; indicators and breadth
 *       stay with the bar as it was final at the watermark);
 *   <li>a trade whose shortest-interval bar is past its allowed lateness is late: it goes to {@link
 *       #REJECTED} and into no bar, so the intervals always add up.
 * </ul>
 *
 * The state ({@link SymbolBars}, explicit serializer) is dropped once no bar is open, unless it
 * remembers fingerprints for de-duplication. Counts {@link PipelineMetrics#BARS}, {@link
 * PipelineMetrics#QUARANTINED} (duplicates) and {@link PipelineMetrics#LATE_TRADES}.
 */
public final class BarBuilder extends KeyedProcessFunction<String, Trade, Bar> {
  /** Corrected bars after a trade within the allowed lateness. */
  public static final OutputTag<Bar> REVISIONS = new OutputTag<>("bar-revisions") {};

  /** Duplicate and late trades, with the reason. */
  public static final OutputTag<RejectedTrade> REJECTED = new OutputTag<>("rejected-trades") {};

  private static final int COUNT_BATCH = 1_024;

  private final List<Interval> intervals;
  private final Duration allowedLateness;
  private final Deduplication deduplicate;
  private final String bridgeName;
  private transient BarAggregator aggregator;
  private transient ValueState<SymbolBars> state;
  private transient PipelineCounters counters;
  private transient Counter duplicates;
  private transient Counter late;
  private transient Sink sink;
  private transient long processed;

  public BarBuilder(
      List<Interval> intervals,
      Duration allowedLateness,
      Deduplication deduplicate,
      String bridgeName) {
    this.intervals = List.copyOf(intervals);
    this.allowedLateness = allowedLateness;
    this.deduplicate = deduplicate;
    this.bridgeName = bridgeName;
    new BarAggregator(this.intervals, allowedLateness, deduplicate);
  }

  /** The aggregator's output into this call's timer service and collectors (one per function). */
  private static final class Sink implements BarAggregator.Output {
    TimerService timers;
    Collector<Bar> bars;
    KeyedProcessFunction<String, Trade, Bar>.Context context;
    PipelineCounters counters;
    Counter emitted;

    @Override
    public void timer(long time) {
      timers.registerEventTimeTimer(time);
    }

    @Override
    public void emit(Bar bar) {
      counters.barsEmitted(1);
      emitted.inc();
      bars.collect(bar);
    }

    @Override
    public void revise(Bar bar) {
      context.output(REVISIONS, bar);
    }
  }

  @Override
  public void open(OpenContext context) {
    aggregator = new BarAggregator(intervals, allowedLateness, deduplicate);
    state =
        getRuntimeContext()
            .getState(new ValueStateDescriptor<>("symbol-bars", SymbolBarsSerializer.INSTANCE));
    counters = LocalBridge.named(bridgeName).counters();
    sink = new Sink();
    sink.counters = counters;
    sink.emitted = PipelineMetrics.counter(getRuntimeContext(), PipelineMetrics.BARS);
    duplicates = PipelineMetrics.counter(getRuntimeContext(), PipelineMetrics.QUARANTINED);
    late = PipelineMetrics.counter(getRuntimeContext(), PipelineMetrics.LATE_TRADES);
  }

  @Override
  public void processElement(Trade trade, Context ctx, Collector<Bar> out) throws Exception {
    SymbolBars bars = state.value();
    if (bars == null) {
      bars = aggregator.newState();
    }
    countProcessed();
    sink.timers = ctx.timerService();
    sink.bars = out;
    sink.context = ctx;
    BarAggregator.Verdict verdict =
        aggregator.add(bars, trade, ctx.timerService().currentWatermark(), sink);
    switch (verdict) {
      case DUPLICATE -> {
        counters.tradesQuarantined(1);
        duplicates.inc();
        ctx.output(REJECTED, new RejectedTrade(trade, RejectedTrade.DUPLICATE));
      }
      case LATE -> {
        counters.lateTrades(1);
        late.inc();
        ctx.output(REJECTED, new RejectedTrade(trade, RejectedTrade.LATE));
      }
      case ACCEPTED -> {}
    }
    if (aggregator.disposable(bars)) {
      state.clear();
    } else {
      state.update(bars);
    }
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<Bar> out) throws Exception {
    SymbolBars bars = state.value();
    if (bars == null) {
      return;
    }
    sink.timers = ctx.timerService();
    sink.bars = out;
    sink.context = ctx;
    aggregator.advance(bars, ctx.getCurrentKey(), timestamp, sink);
    if (aggregator.disposable(bars)) {
      state.clear();
    } else {
      state.update(bars);
    }
  }

  private void countProcessed() {
    if (++processed == COUNT_BATCH) {
      counters.tradesProcessed(processed);
      processed = 0;
    }
  }

  @Override
  public void close() {
    if (counters != null && processed > 0) {
      counters.tradesProcessed(processed);
      processed = 0;
    }
  }
}
