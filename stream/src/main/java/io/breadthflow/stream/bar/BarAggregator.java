package io.breadthflow.stream.bar;

import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.domain.Trade;
import io.breadthflow.stream.Deduplication;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;

/**
 * The decisions of {@link BarBuilder}, without Flink: one symbol's trades into event-time bars of
 * several intervals at once, against the watermark the caller passes.
 *
 * <ul>
 *   <li>with de-duplication on, an exact repeat of one of the symbol's last {@value
 *       SymbolBars#REMEMBERED_TRADES} trades is {@link Verdict#DUPLICATE};
 *   <li>a trade whose shortest-interval bar is past its allowed lateness ({@code end − 1 + lateness
 *       ≤ watermark}) is {@link Verdict#LATE} and goes into no bar, so the intervals always add up;
 *   <li>otherwise it goes into its bar of every interval; a bar it opens asks for two timers (its
 *       end − 1, when it becomes final, and that + lateness, when it is dropped); a bar already
 *       emitted is revised;
 *   <li>{@link #advance} at time t emits every bar with {@code end − 1 ≤ t} once and drops those
 *       past their lateness.
 * </ul>
 *
 * Times are epoch milliseconds (UTC); bars are aligned to the epoch (UTC) by their interval length.
 * Immutable configuration; the state is the caller's {@link SymbolBars}.
 */
final class BarAggregator {
  /** What became of a trade. */
  enum Verdict {
    ACCEPTED,
    DUPLICATE,
    LATE
  }

  /** Where the decisions go. */
  interface Output {
    /** A timer is needed at {@code time}. */
    void timer(long time);

    /** A bar became final (the watermark passed its end). */
    void emit(Bar bar);

    /** A bar already emitted changed (a trade within the allowed lateness). */
    void revise(Bar bar);
  }

  private final Interval[] intervals;
  private final long[] lengths;
  private final long latenessMillis;
  private final Deduplication deduplicate;

  BarAggregator(List<Interval> intervals, Duration allowedLateness, Deduplication deduplicate) {
    if (intervals.isEmpty()) {
      throw new IllegalArgumentException("intervals must not be empty");
    }
    if (allowedLateness.isNegative()) {
      throw new IllegalArgumentException("allowedLateness must be 0 or more: " + allowedLateness);
    }
    this.intervals = intervals.stream().sorted().toArray(Interval[]::new);
    this.lengths = new long[this.intervals.length];
    for (int i = 0; i < lengths.length; i++) {
      lengths[i] = this.intervals[i].length().toMillis();
    }
    this.latenessMillis = allowedLateness.toMillis();
    this.deduplicate = deduplicate;
  }

  /** A fresh state for a symbol. */
  SymbolBars newState() {
    return new SymbolBars(intervals.length);
  }

  /** Takes a trade of {@code symbol} at the given watermark. */
  Verdict add(SymbolBars bars, Trade trade, long watermark, Output out) {
    if (deduplicate == Deduplication.EXACT_REPEATS && !bars.recent.add(fingerprint(trade))) {
      return Verdict.DUPLICATE;
    }
    long time = trade.time().toEpochMilli();
    long shortestEnd = Math.floorDiv(time, lengths[0]) * lengths[0] + lengths[0];
    if (shortestEnd - 1 + latenessMillis <= watermark) {
      return Verdict.LATE;
    }
    for (int i = 0; i < intervals.length; i++) {
      long start = Math.floorDiv(time, lengths[i]) * lengths[i];
      List<BarAccumulator> open = bars.byInterval.get(i);
      BarAccumulator bar = find(open, start);
      if (bar == null) {
        bar = new BarAccumulator(start);
        open.add(bar);
        long end = start + lengths[i];
        out.timer(end - 1);
        out.timer(end - 1 + latenessMillis);
      }
      bar.add(time, trade.price(), trade.size());
      if (bar.emitted) {
        out.revise(bar.toBar(trade.symbol(), intervals[i]));
      }
    }
    return Verdict.ACCEPTED;
  }

  /**
   * Event time reached {@code time}: emits the bars that became final, drops those past their
   * lateness; true when no bar is left open.
   */
  boolean advance(SymbolBars bars, String symbol, long time, Output out) {
    for (int i = 0; i < intervals.length; i++) {
      Iterator<BarAccumulator> open = bars.byInterval.get(i).iterator();
      while (open.hasNext()) {
        BarAccumulator bar = open.next();
        long end = bar.start + lengths[i];
        if (!bar.emitted && end - 1 <= time) {
          bar.emitted = true;
          out.emit(bar.toBar(symbol, intervals[i]));
        }
        if (end - 1 + latenessMillis <= time) {
          open.remove();
        }
      }
    }
    return bars.noOpenBars();
  }

  /** True when the state holds nothing a later trade needs: no open bar and no de-duplication. */
  boolean disposable(SymbolBars bars) {
    return deduplicate == Deduplication.OFF && bars.noOpenBars();
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
