package io.breadthflow.core.indicator;

/**
 * Simple moving averages of the same period for many series at once, kept in flat arrays (structure
 * of arrays) so that updating every symbol of a universe on a session walks memory in order. Each
 * series is updated exactly as {@link Sma} does it, so values are identical to the bit.
 */
public final class SmaBank {
  private final int period;
  private final double[] window;
  private final int[] next;
  private final int[] count;
  private final double[] sum;
  private final double[] value;

  /**
   * @param series number of independent series, index 0 … series − 1
   * @param period number of values averaged, at least 1
   */
  public SmaBank(int series, int period) {
    this.period = Checks.atLeast("period", period, 1);
    this.window = new double[series * period];
    this.next = new int[series];
    this.count = new int[series];
    this.sum = new double[series];
    this.value = new double[series];
    java.util.Arrays.fill(value, Double.NaN);
  }

  /** Adds {@code x} to series {@code s}; returns its SMA, {@code NaN} during the warm-up. */
  public double update(int s, double x) {
    int base = s * period;
    int n = next[s];
    window[base + n] = x;
    n = n + 1 == period ? 0 : n + 1;
    next[s] = n;
    double total = sum[s] + x;
    if (count[s] < period && ++count[s] < period) {
      sum[s] = total;
      return Double.NaN;
    }
    double average = total / period;
    value[s] = average;
    sum[s] = total - window[base + n];
    return average;
  }

  /** Each series is a finite window: stable from its first value, index n − 1. */
  public WarmUp warmUp(double tolerance) {
    return WarmUp.exact(period - 1, tolerance);
  }

  /** The latest SMA of series {@code s}, {@code NaN} during its warm-up. */
  public double value(int s) {
    return value[s];
  }
}
