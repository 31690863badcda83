package io.breadthflow.stream.bar;

import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.domain.Trade;
import io.breadthflow.core.live.PipelineCounters;
import io.breadthflow.stream.LocalBridge;
import io.breadthflow.stream.trade.RejectedTrade;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Trades of one symbol (keyed by symbol) into event-time bars of several intervals at once:
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
 */
public final class BarBuilder extends KeyedProcessFunction<String, Trade, Bar> {
  /** Corrected bars after a trade within the allowed lateness. */
  public static final OutputTag<Bar> REVISIONS = new OutputTag<>("bar-revisions") {};

  /** Duplicate and late trades, with the reason. */
  public static final OutputTag<RejectedTrade> REJECTED = new OutputTag<>("rejected-trades") {};

  private static final int COUNT_BATCH = 1_024;

  private final Interval[] intervals;
  private final long[] lengths;
  private final long latenessMillis;
  private final boolean deduplicate;
  private final String bridgeName;
  private transient ValueState<SymbolBars> state;
  private transient PipelineCounters counters;
  private transient long processed;

  public BarBuilder(
      List<Interval> intervals, Duration allowedLateness, boolean deduplicate, String bridgeName) {
    this.deduplicate = deduplicate;
    this.intervals = intervals.stream().sorted().toArray(Interval[]::new);
    this.lengths = new long[this.intervals.length];
    for (int i = 0; i < lengths.length; i++) {
      lengths[i] = this.intervals[i].length().toMillis();
    }
    this.latenessMillis = allowedLateness.toMillis();
    this.bridgeName = bridgeName;
  }

  @Override
  public void open(OpenContext context) {
    state =
        getRuntimeContext()
            .getState(
                new ValueStateDescriptor<>("symbol-bars", TypeInformation.of(SymbolBars.class)));
    counters = LocalBridge.named(bridgeName).counters();
  }

  @Override
  public void processElement(Trade trade, Context ctx, Collector<Bar> out) throws Exception {
    SymbolBars bars = state.value();
    if (bars == null) {
      bars = new SymbolBars(intervals.length);
    }
    countProcessed();
    if (deduplicate && !bars.recent.add(fingerprint(trade))) {
      counters.tradesQuarantined(1);
      ctx.output(REJECTED, new RejectedTrade(trade, RejectedTrade.DUPLICATE));
      state.update(bars);
      return;
    }
    long time = trade.time().toEpochMilli();
    long watermark = ctx.timerService().currentWatermark();
    long shortestEnd = Math.floorDiv(time, lengths[0]) * lengths[0] + lengths[0];
    if (shortestEnd - 1 + latenessMillis <= watermark) {
      counters.lateTrades(1);
      ctx.output(REJECTED, new RejectedTrade(trade, RejectedTrade.LATE));
      state.update(bars);
      return;
    }
    for (int i = 0; i < intervals.length; i++) {
      long start = Math.floorDiv(time, lengths[i]) * lengths[i];
      List<BarAccumulator> open = bars.byInterval.get(i);
      BarAccumulator bar = find(open, start);
      if (bar == null) {
        bar = new BarAccumulator(start);
        open.add(bar);
        long end = start + lengths[i];
        ctx.timerService().registerEventTimeTimer(end - 1);
        ctx.timerService().registerEventTimeTimer(end - 1 + latenessMillis);
      }
      bar.add(time, trade.price(), trade.size());
      if (bar.emitted) {
        ctx.output(REVISIONS, bar.toBar(ctx.getCurrentKey(), intervals[i]));
      }
    }
    state.update(bars);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<Bar> out) throws Exception {
    SymbolBars bars = state.value();
    if (bars == null) {
      return;
    }
    for (int i = 0; i < intervals.length; i++) {
      Iterator<BarAccumulator> open = bars.byInterval.get(i).iterator();
      while (open.hasNext()) {
        BarAccumulator bar = open.next();
        long end = bar.start + lengths[i];
        if (!bar.emitted && end - 1 <= timestamp) {
          bar.emitted = true;
          counters.barsEmitted(1);
          out.collect(bar.toBar(ctx.getCurrentKey(), intervals[i]));
        }
        if (end - 1 + latenessMillis <= timestamp) {
          open.remove();
        }
      }
    }
    state.update(bars);
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

  private static BarAccumulator find(List<BarAccumulator> open, long start) {
    for (int k = 0; k < open.size(); k++) {
      if (open.get(k).start == start) {
        return open.get(k);
      }
    }
    return null;
  }

  /** A 64-bit fingerprint of every field of the trade. */
  static long fingerprint(Trade trade) {
    long h = trade.time().getEpochSecond() * 1_000_000_007L + trade.time().getNano();
    h = mix(h ^ Double.doubleToLongBits(trade.price()));
    h = mix(h ^ Double.doubleToLongBits(trade.size()));
    h = mix(h ^ trade.venue().hashCode());
    h = mix(h ^ trade.conditions().hashCode());
    return mix(h ^ trade.symbol().hashCode());
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }
}
