package io.breadthflow.stream.market;

import io.breadthflow.core.signal.Signal;
import java.time.Instant;

/**
 * A composite signal with the bar it was computed on (a signal's own date cannot tell intraday bars
 * apart).
 *
 * @param interval bar interval code
 * @param start the bar's start
 * @param signal the signal
 */
public record TimedSignal(String interval, Instant start, Signal signal) {
  /** The signals of a market update, each with its period. */
  public static void of(MarketUpdate update, org.apache.flink.util.Collector<TimedSignal> out) {
    for (Signal signal : update.signals()) {
      out.collect(new TimedSignal(update.interval().code(), update.start(), signal));
    }
  }
}
