package io.breadthflow.core.indicator;

/**
 * Slow stochastic oscillator (George Lane; TA-Lib {@code TA_STOCH} with simple averages;
 * StockCharts ChartSchool "Stochastic Oscillator").
 *
 * <p>fast %K = 100·(close − lowest low)/(highest high − lowest low) over {@code kPeriod} bars (0
 * when the range is 0, as in TA-Lib); slow %K = SMA of fast %K over {@code slowing}; %D = SMA of
 * slow %K over {@code dPeriod}. Both outputs appear together after a lookback of (kPeriod−1) +
 * (slowing−1) + (dPeriod−1): 17 for (14, 3, 3).
 */
public final class Stochastic {
  private final RollingExtreme highest;
  private final RollingExtreme lowest;
  private final Sma slowK;
  private final Sma slowD;
  private final int kPeriod;
  private final int lookback;
  private int count;
  private double k = Double.NaN;
  private double d = Double.NaN;

  /**
   * @param kPeriod look-back of the high-low range, at least 1
   * @param slowing SMA period that turns fast %K into slow %K, at least 1
   * @param dPeriod SMA period of %D, at least 1
   */
  public Stochastic(int kPeriod, int slowing, int dPeriod) {
    this.kPeriod = Checks.atLeast("kPeriod", kPeriod, 1);
    this.highest = RollingExtreme.highest(kPeriod);
    this.lowest = RollingExtreme.lowest(kPeriod);
    this.slowK = new Sma(Checks.atLeast("slowing", slowing, 1));
    this.slowD = new Sma(Checks.atLeast("dPeriod", dPeriod, 1));
    this.lookback = (kPeriod - 1) + (slowing - 1) + (dPeriod - 1);
  }

  /** The common slow stochastic (14, 3, 3). */
  public static Stochastic standard() {
    return new Stochastic(14, 3, 3);
  }

  /** Feeds one bar; returns slow %K, {@code NaN} during the warm-up. */
  public double update(double high, double low, double close) {
    double hh = highest.add(high);
    double ll = lowest.add(low);
    if (count < kPeriod - 1) {
      count++;
      return Double.NaN;
    }
    double range = (hh - ll) / 100.0;
    double fastK = range != 0.0 ? (close - ll) / range : 0.0;
    double smoothedK = slowK.update(fastK);
    if (Double.isNaN(smoothedK)) {
      return Double.NaN;
    }
    double smoothedD = slowD.update(smoothedK);
    if (Double.isNaN(smoothedD)) {
      return Double.NaN;
    }
    k = smoothedK;
    d = smoothedD;
    return k;
  }

  /** Slow %K after the last bar. */
  public double k() {
    return k;
  }

  /** %D after the last bar. */
  public double d() {
    return d;
  }

  /** Bars consumed before the first output. */
  public int lookback() {
    return lookback;
  }

  /** A finite window: stable from its first value. */
  public WarmUp warmUp(double tolerance) {
    return WarmUp.exact(lookback(), tolerance);
  }

  /** Forgets everything seen. */
  public void reset() {
    highest.reset();
    lowest.reset();
    slowK.reset();
    slowD.reset();
    count = 0;
    k = Double.NaN;
    d = Double.NaN;
  }

  /** Batch form over a bar series. */
  public static Series compute(
      double[] high, double[] low, double[] close, int kPeriod, int slowing, int dPeriod) {
    Checks.sameLength(high, low, close);
    Stochastic stochastic = new Stochastic(kPeriod, slowing, dPeriod);
    int n = close.length;
    Series out = new Series(new double[n], new double[n]);
    for (int i = 0; i < n; i++) {
      out.k[i] = stochastic.update(high[i], low[i], close[i]);
      out.d[i] = stochastic.d;
    }
    return out;
  }

  /**
   * Slow %K and %D over a series, aligned with the input.
   *
   * @param k slow %K
   * @param d %D
   */
  public record Series(double[] k, double[] d) {}
}
