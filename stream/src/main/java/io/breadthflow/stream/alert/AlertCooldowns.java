package io.breadthflow.stream.alert;

import java.util.Arrays;

/**
 * The state of {@link ThresholdAlerts} for one symbol and interval: the bars seen and, per rule,
 * the number of the bar of its last alert (0 for none). Mutable, not thread-safe.
 */
public final class AlertCooldowns {
  long bars;
  final long[] lastAlert;

  public AlertCooldowns() {
    this(0, new long[ThresholdAlerts.Rule.values().length]);
  }

  AlertCooldowns(long bars, long[] lastAlert) {
    this.bars = bars;
    this.lastAlert = lastAlert;
  }

  /** Bars seen. */
  public long bars() {
    return bars;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AlertCooldowns other
        && bars == other.bars
        && Arrays.equals(lastAlert, other.lastAlert);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(bars) * 31 + Arrays.hashCode(lastAlert);
  }
}
