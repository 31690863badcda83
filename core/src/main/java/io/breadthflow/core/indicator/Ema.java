package io.breadthflow.core.indicator;

/**
 * Exponential moving average with α = 2/(n+1).
 *
 * <p>{@link Seeding#TA_LIB} (TA-Lib {@code TA_EMA}, StockCharts ChartSchool "Moving Averages"):
 * EMA<sub>n−1</sub> = SMA of x<sub>0..n−1</sub>; then EMA<sub>t</sub> = (x<sub>t</sub> −
 * EMA<sub>t−1</sub>)·α + EMA<sub>t−1</sub>. Lookback {@code n − 1}. {@link Seeding#TRADINGVIEW}
 * (Pine {@code ta.ema}): EMA<sub>0</sub> = x<sub>0</sub>, the same recursion after it, lookback 0.
 * Both are stable k observations after the seed, (1−α)<sup>k</sup> ≤ tolerance (139 for n = 20 at
 * 1e-6), and agree with each other to that tolerance from there on.
 */
public final class Ema implements SeriesIndicator {
  private final int period;
  private final int seedCount;
  private final double alpha;
  private int count;
  private double seedSum;
  private double value = Double.NaN;

  /**
   * TA-Lib's EMA.
   *
   * @param period smoothing period, at least 1
   */
  public Ema(int period) {
    this(period, Seeding.TA_LIB);
  }

  /**
   * @param period smoothing period, at least 1
   * @param seeding SMA of the first n values (TA-Lib) or the first value (TradingView)
   */
  public Ema(int period, Seeding seeding) {
    this.period = Checks.atLeast("period", period, 1);
    this.seedCount = seeding == Seeding.TA_LIB ? period : 1;
    this.alpha = 2.0 / (period + 1);
  }

  @Override
  public double update(double x) {
    if (count < seedCount) {
      seedSum += x;
      if (++count < seedCount) {
        return Double.NaN;
      }
      value = seedSum / seedCount;
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
    return seedCount - 1;
  }

  @Override
  public WarmUp warmUp(double tolerance) {
    return new WarmUp(lookback(), SeedDecay.stableFrom(lookback(), alpha, tolerance), tolerance);
  }

  /** The weight of the newest value, 2/(n+1). */
  double alpha() {
    return alpha;
  }

  @Override
  public void reset() {
    count = 0;
    seedSum = 0;
    value = Double.NaN;
  }

  /** Batch form: TA-Lib's EMA of {@code in}, {@code NaN} for the first {@code period − 1}. */
  public static double[] compute(double[] in, int period) {
    return compute(in, period, Seeding.TA_LIB);
  }

  /** Batch form with the given seeding, {@code NaN} during its lookback. */
  public static double[] compute(double[] in, int period, Seeding seeding) {
    Ema indicator = new Ema(period, seeding);
    double[] out = new double[in.length];
    for (int i = 0; i < in.length; i++) {
      out[i] = indicator.update(in[i]);
    }
    return out;
  }
}
