package io.breadthflow.core.indicator;

/**
 * Rolling population standard deviation of the last {@code n} values, times a multiplier (TA-Lib
 * {@code TA_STDDEV}, which divides by n). Computed with a numerically stable sliding Welford update
 * rather than TA-Lib's E[x²]−E[x]², so constant prices give exactly 0. Lookback {@code n − 1}.
 */
public final class StdDev implements SeriesIndicator {
  private final RollingMoments moments;
  private final int period;
  private final double multiplier;
  private double value = Double.NaN;

  /**
   * @param period window length, at least 2
   * @param multiplier factor applied to σ (1 for the plain deviation)
   */
  public StdDev(int period, double multiplier) {
    this.period = Checks.atLeast("period", period, 2);
    this.multiplier = Checks.positive("multiplier", multiplier);
    this.moments = new RollingMoments(period);
  }

  @Override
  public double update(double x) {
    moments.add(x);
    if (!moments.isFull()) {
      return Double.NaN;
    }
    value = Math.sqrt(moments.populationVariance()) * multiplier;
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
    moments.reset();
    value = Double.NaN;
  }

  /** Batch form: σ·multiplier of {@code in}, {@code NaN} for the first {@code period − 1}. */
  public static double[] compute(double[] in, int period, double multiplier) {
    StdDev indicator = new StdDev(period, multiplier);
    double[] out = new double[in.length];
    for (int i = 0; i < in.length; i++) {
      out[i] = indicator.update(in[i]);
    }
    return out;
  }
}
