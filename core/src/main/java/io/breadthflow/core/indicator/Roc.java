package io.breadthflow.core.indicator;

/**
 * Rate of change in percent over {@code n} observations: ROC = (x<sub>t</sub>/x<sub>t−n</sub> −
 * 1)·100 (TA-Lib {@code TA_ROC}; StockCharts ChartSchool "Rate of Change"). When x<sub>t−n</sub> is
 * 0 the value is 0, as in TA-Lib. Lookback {@code n}.
 */
public final class Roc implements SeriesIndicator {
  private final int period;
  private final double[] window;
  private int next;
  private int count;
  private double value = Double.NaN;

  /**
   * @param period distance in observations, at least 1
   */
  public Roc(int period) {
    this.period = Checks.atLeast("period", period, 1);
    this.window = new double[period];
  }

  @Override
  public double update(double x) {
    double old = window[next];
    window[next] = x;
    next = next + 1 == period ? 0 : next + 1;
    if (count < period) {
      count++;
      return Double.NaN;
    }
    value = old != 0.0 ? ((x / old) - 1.0) * 100.0 : 0.0;
    return value;
  }

  @Override
  public double value() {
    return value;
  }

  @Override
  public int lookback() {
    return period;
  }

  @Override
  public WarmUp warmUp(double tolerance) {
    return WarmUp.exact(lookback(), tolerance);
  }

  @Override
  public void reset() {
    next = 0;
    count = 0;
    value = Double.NaN;
  }

  /** Batch form: ROC of {@code in}, {@code NaN} for the first {@code period} entries. */
  public static double[] compute(double[] in, int period) {
    Roc indicator = new Roc(period);
    double[] out = new double[in.length];
    for (int i = 0; i < in.length; i++) {
      out[i] = indicator.update(in[i]);
    }
    return out;
  }
}
