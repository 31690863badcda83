package io.breadthflow.core.indicator;

/**
 * Linearly weighted moving average: the newest of {@code n} values has weight {@code n}, the oldest
 * weight 1, divided by n(n+1)/2.
 *
 * <p>Kept in O(1) with TA-Lib's {@code TA_WMA} recurrence: the weighted sum gains n·x<sub>t</sub>
 * and loses the plain window sum. Lookback {@code n − 1}.
 */
public final class Wma implements SeriesIndicator {
  private final int period;
  private final double divider;
  private final double[] window;
  private int next;
  private int count;
  private double weightedSum;
  private double plainSum;
  private double trailing;
  private double value = Double.NaN;

  /**
   * @param period number of values weighted, at least 1
   */
  public Wma(int period) {
    this.period = Checks.atLeast("period", period, 1);
    this.divider = (period * (period + 1)) / 2.0;
    this.window = new double[period];
  }

  @Override
  public double update(double x) {
    if (period == 1) {
      value = x;
      return value;
    }
    window[next] = x;
    next = next + 1 == period ? 0 : next + 1;
    if (count < period - 1) {
      count++;
      plainSum += x;
      weightedSum += x * count;
      return Double.NaN;
    }
    plainSum += x;
    plainSum -= trailing;
    weightedSum += x * period;
    trailing = window[next];
    value = weightedSum / divider;
    weightedSum -= plainSum;
    return value;
  }

  @Override
  public double value() {
    return value;
  }

  @Override
  public int lookback() {
    return period - 1;
  }

  @Override
  public WarmUp warmUp(double tolerance) {
    return WarmUp.exact(lookback(), tolerance);
  }

  @Override
  public void reset() {
    next = 0;
    count = 0;
    weightedSum = 0;
    plainSum = 0;
    trailing = 0;
    value = Double.NaN;
  }

  /** Batch form: WMA of {@code in}, {@code NaN} for the first {@code period − 1} entries. */
  public static double[] compute(double[] in, int period) {
    Wma indicator = new Wma(period);
    double[] out = new double[in.length];
    for (int i = 0; i < in.length; i++) {
      out[i] = indicator.update(in[i]);
    }
    return out;
  }
}
