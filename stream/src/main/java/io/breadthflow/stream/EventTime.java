package io.breadthflow.stream;

import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.Trade;
import java.time.Duration;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;

/**
 * Timestamps and watermarks of the sources: the watermark trails the newest event by the allowed
 * out-of-orderness and advances with the events themselves (whenever it moves, not on a wall-clock
 * period), so which trade is late depends on the data alone and a replay is deterministic. An idle
 * source (or Kafka partition) stops holding the watermark back after the idleness timeout; a
 * bounded read of a partitioned backlog has none, as a partition waiting its turn is not idle.
 */
public final class EventTime {
  private EventTime() {}

  public static WatermarkStrategy<Trade> trades(Duration outOfOrderness, Duration idleness) {
    return idle(
        WatermarkStrategy.<Trade>forGenerator(ctx -> new Trailing<>(outOfOrderness))
            .withTimestampAssigner((trade, previous) -> trade.time().toEpochMilli()),
        idleness);
  }

  public static WatermarkStrategy<Bar> bars(Duration idleness) {
    return idle(
        WatermarkStrategy.<Bar>forGenerator(ctx -> new Trailing<>(Duration.ZERO))
            .withTimestampAssigner((bar, previous) -> bar.start().toEpochMilli()),
        idleness);
  }

  /** With an idleness timeout, unless it is zero (a bounded read, where no input idles). */
  private static <T> WatermarkStrategy<T> idle(WatermarkStrategy<T> strategy, Duration idleness) {
    return idleness.isZero() ? strategy : strategy.withIdleness(idleness);
  }

  /** Watermark = newest timestamp − out-of-orderness − 1 ms, emitted as soon as it advances. */
  private static final class Trailing<T> implements WatermarkGenerator<T> {
    private final long bound;
    private long emitted = Long.MIN_VALUE;

    Trailing(Duration outOfOrderness) {
      this.bound = outOfOrderness.toMillis();
    }

    @Override
    public void onEvent(T event, long timestamp, WatermarkOutput output) {
      long watermark = timestamp - bound - 1;
      if (watermark > emitted) {
        emitted = watermark;
        output.emitWatermark(new Watermark(watermark));
      }
    }

    @Override
    public void onPeriodicEmit(WatermarkOutput output) {}
  }
}
