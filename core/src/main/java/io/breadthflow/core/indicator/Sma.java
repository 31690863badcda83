package io.breadthflow.core.indicator;

/**
 * Simple moving average of the last {@code n} values.
 *
 * <p>Formula: SMA = (x<sub>t−n+1</sub> + … + x<sub>t</sub>) / n, kept as a running sum updated in
 * TA-Lib's order (add, divide, subtract the oldest), so results equal TA-Lib's {@code TA_SMA} to
 * the bit. Lookback {@code n − 1}.
 */
public final class Sma implements SeriesIndicator {
  private final int period;
  private final double[] window;
  private int next;
  private int count;
  private double sum;
  private double value = Double.NaN;

  /**
   * @param period number of values averaged, at least 1
   */
  public Sma(int period) {
    this.period = Checks.atLeast("period", period, 1);
    this.window = new double[period];
  }

  @Override
  public double update(double x) {
    window[next] = x;
    next = next + 1 == period ? 0 : next + 1;
    sum += x;
    if (count < period && ++count < period) {
      return Double.NaN;
    }
    value = sum / period;
    sum -= window[next];
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
    sum = 0;
    value = Double.NaN;
  }

  /** Batch form: SMA of {@code in}, {@code NaN} for the first {@code period − 1} entries. */
  public static double[] compute(double[] in, int period) {
    Sma indicator = new Sma(period);
    double[] out = new double[in.length];
    for (int i = 0; i < in.length; i++) {
      out[i] = indicator.update(in[i]);
    }
    return out;
  }
}
