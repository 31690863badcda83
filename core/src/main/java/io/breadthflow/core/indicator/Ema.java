package io.breadthflow.core.indicator;

/**
 * Exponential moving average with α = 2/(n+1), seeded with the simple average of the first {@code
 * n} values.
 *
 * <p>Formula (TA-Lib {@code TA_EMA}, StockCharts ChartSchool "Moving Averages"): EMA<sub>n−1</sub>
 * = SMA of x<sub>0..n−1</sub>; then EMA<sub>t</sub> = (x<sub>t</sub> − EMA<sub>t−1</sub>)·α +
 * EMA<sub>t−1</sub>. Lookback {@code n − 1}.
 */
public final class Ema implements SeriesIndicator {
  private final int period;
  private final double alpha;
  private int count;
  private double seedSum;
  private double value = Double.NaN;

  /**
   * @param period smoothing period, at least 1
   */
  public Ema(int period) {
    this.period = Checks.atLeast("period", period, 1);
    this.alpha = 2.0 / (period + 1);
  }

  @Override
  public double update(double x) {
    if (count < period) {
      seedSum += x;
      if (++count < period) {
        return Double.NaN;
      }
      value = seedSum / period;
      return value;
    }
    value = ((x - value) * alpha) + value;
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
  public void reset() {
    count = 0;
    seedSum = 0;
    value = Double.NaN;
  }

  /** Batch form: EMA of {@code in}, {@code NaN} for the first {@code period − 1} entries. */
  public static double[] compute(double[] in, int period) {
    Ema indicator = new Ema(period);
    double[] out = new double[in.length];
    for (int i = 0; i < in.length; i++) {
      out[i] = indicator.update(in[i]);
    }
    return out;
  }
}
