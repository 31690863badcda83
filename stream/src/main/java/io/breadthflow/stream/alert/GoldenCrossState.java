package io.breadthflow.stream.alert;

import java.util.ArrayList;
import java.util.List;

/**
 * The state of {@link GoldenCross} for one symbol and interval: the crosses still waiting for their
 * volume surge, oldest first (at most {@link AlertRules#goldenCrossConfirmBars()}). Mutable, not
 * thread-safe.
 */
public final class GoldenCrossState {
  /**
   * A cross waiting for confirmation.
   *
   * @param barIndex the number of the crossing bar in its series
   * @param time the start of the crossing bar, epoch milliseconds
   * @param sma50 SMA50 on the crossing bar
   * @param sma200 SMA200 on the crossing bar
   */
  public record Cross(long barIndex, long time, double sma50, double sma200) {}

  final List<Cross> pending = new ArrayList<>(2);

  /** The waiting crosses, oldest first. */
  public List<Cross> pending() {
    return List.copyOf(pending);
  }

  /** True when no cross waits (the state can be dropped). */
  public boolean isEmpty() {
    return pending.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GoldenCrossState other && pending.equals(other.pending);
  }

  @Override
  public int hashCode() {
    return pending.hashCode();
  }
}
