package io.breadthflow.core.breadth;

import io.breadthflow.core.indicator.Ema;

/**
 * Zweig breadth thrust: the 10-session EMA (SMA-seeded) of A/(A+D), and the thrust signal on the
 * session that EMA crosses above 0.615 having been below 0.40 within the previous 10 sessions.
 */
final class ZweigThrust {
  static final double LOW = 0.40;
  static final double HIGH = 0.615;
  static final int WINDOW = 10;

  private final Ema ema = new Ema(WINDOW);
  private final double[] recent = new double[WINDOW];
  private int next;
  private int seen;
  private double previous = Double.NaN;
  private boolean thrust;

  /** Adds one session's share of advancers among A+D; {@code NaN} (no A or D) leaves it as is. */
  double update(double advancingShare) {
    if (Double.isNaN(advancingShare)) {
      thrust = false;
      return ema.value();
    }
    double value = ema.update(advancingShare);
    thrust = value > HIGH && previous <= HIGH && wasBelowLow();
    if (!Double.isNaN(value)) {
      recent[next] = value;
      next = (next + 1) % WINDOW;
      seen++;
      previous = value;
    }
    return value;
  }

  /** True when the last update was a thrust. */
  boolean thrust() {
    return thrust;
  }

  private boolean wasBelowLow() {
    int n = Math.min(seen, WINDOW);
    for (int i = 0; i < n; i++) {
      if (recent[i] < LOW) {
        return true;
      }
    }
    return false;
  }
}
