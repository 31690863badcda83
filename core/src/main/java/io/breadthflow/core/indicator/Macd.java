package io.breadthflow.core.indicator;

/**
 * Moving Average Convergence/Divergence (Gerald Appel) with TA-Lib's seeding ({@code TA_MACD}).
 *
 * <p>MACD = EMA<sub>fast</sub> − EMA<sub>slow</sub>; signal = EMA<sub>signal</sub> of MACD;
 * histogram = MACD − signal. As in TA-Lib, both EMAs produce their first value on the same bar,
 * index slow−1: the slow EMA is seeded with the SMA of the first {@code slow} prices and the fast
 * EMA with the SMA of the {@code fast} prices ending there (it ignores the first slow−fast prices).
 * The signal EMA is seeded with the SMA of the first {@code signal} MACD values. All three outputs
 * appear together after a lookback of (slow−1)+(signal−1): 33 for (12, 26, 9).
 *
 * <p>With {@link Seeding#TRADINGVIEW} (Pine {@code ta.macd}) all three EMAs are seeded with their
 * first input, so every output has a value from the first price.
 *
 * <p>Warm-up: the MACD line is stable once the slow EMA's seed has decayed (the fast one decays
 * sooner); the signal and histogram once that error has also passed through the signal EMA and the
 * signal's own seed has decayed ({@link SeedDecay#chain}): bars 205 and 210 for (12, 26, 9) at 1e-6
 * with TA-Lib's seeding.
 */
public final class Macd {
  private final Ema fastEma;
  private final Ema slowEma;
  private final Ema signalEma;
  private final int skipForFast;
  private final int lookback;
  private final int slowSeed;
  private final int signalSeed;
  private int count;
  private double macd = Double.NaN;
  private double signal = Double.NaN;
  private double histogram = Double.NaN;

  /**
   * @param fastPeriod fast EMA period, at least 2
   * @param slowPeriod slow EMA period, at least 2; the two are swapped if fast &gt; slow, as TA-Lib
   *     does
   * @param signalPeriod signal EMA period, at least 1
   */
  public Macd(int fastPeriod, int slowPeriod, int signalPeriod) {
    this(fastPeriod, slowPeriod, signalPeriod, Seeding.TA_LIB);
  }

  /**
   * @param fastPeriod fast EMA period, at least 2
   * @param slowPeriod slow EMA period, at least 2; the two are swapped if fast &gt; slow
   * @param signalPeriod signal EMA period, at least 1
   * @param seeding how the three EMAs start
   */
  public Macd(int fastPeriod, int slowPeriod, int signalPeriod, Seeding seeding) {
    Checks.atLeast("fastPeriod", fastPeriod, 2);
    Checks.atLeast("slowPeriod", slowPeriod, 2);
    Checks.atLeast("signalPeriod", signalPeriod, 1);
    int fast = Math.min(fastPeriod, slowPeriod);
    int slow = Math.max(fastPeriod, slowPeriod);
    this.fastEma = new Ema(fast, seeding);
    this.slowEma = new Ema(slow, seeding);
    this.signalEma = new Ema(signalPeriod, seeding);
    this.skipForFast = seeding == Seeding.TA_LIB ? slow - fast : 0;
    this.slowSeed = slowEma.lookback();
    this.signalSeed = slowSeed + signalEma.lookback();
    this.lookback = signalSeed;
  }

  /** The classic MACD(12, 26, 9). */
  public static Macd standard() {
    return new Macd(12, 26, 9);
  }

  /** Feeds one price; returns the MACD line, {@code NaN} during the warm-up. */
  public double update(double price) {
    double slowValue = slowEma.update(price);
    if (count < skipForFast) {
      count++;
      return Double.NaN;
    }
    double fastValue = fastEma.update(price);
    if (Double.isNaN(slowValue)) {
      return Double.NaN;
    }
    double line = fastValue - slowValue;
    double signalValue = signalEma.update(line);
    if (Double.isNaN(signalValue)) {
      return Double.NaN;
    }
    macd = line;
    signal = signalValue;
    histogram = line - signalValue;
    return macd;
  }

  /** The MACD line, {@code NaN} during the warm-up. */
  public double macd() {
    return macd;
  }

  /** The signal line, {@code NaN} during the warm-up. */
  public double signal() {
    return signal;
  }

  /** MACD − signal, {@code NaN} during the warm-up. */
  public double histogram() {
    return histogram;
  }

  /** Prices consumed before the first output: (slow−1)+(signal−1). */
  public int lookback() {
    return lookback;
  }

  /** Warm-up of the MACD line: stable once the slow EMA's seed has decayed. */
  public WarmUp lineWarmUp(double tolerance) {
    int stable = SeedDecay.stableFrom(slowSeed, slowEma.alpha(), tolerance);
    return new WarmUp(lookback, Math.max(lookback, stable), tolerance);
  }

  /** Warm-up of the signal line and the histogram: the slow EMA's and the signal EMA's decay. */
  public WarmUp signalWarmUp(double tolerance) {
    int stable =
        SeedDecay.chain(
            tolerance,
            new int[] {slowSeed, signalSeed},
            new double[] {slowEma.alpha(), signalEma.alpha()});
    return new WarmUp(lookback, stable, tolerance);
  }

  /** Forgets everything seen. */
  public void reset() {
    fastEma.reset();
    slowEma.reset();
    signalEma.reset();
    count = 0;
    macd = Double.NaN;
    signal = Double.NaN;
    histogram = Double.NaN;
  }

  /** Batch form over {@code prices}. */
  public static Series compute(double[] prices, int fastPeriod, int slowPeriod, int signalPeriod) {
    return compute(prices, fastPeriod, slowPeriod, signalPeriod, Seeding.TA_LIB);
  }

  /** Batch form over {@code prices} with the given seeding. */
  public static Series compute(
      double[] prices, int fastPeriod, int slowPeriod, int signalPeriod, Seeding seeding) {
    Macd indicator = new Macd(fastPeriod, slowPeriod, signalPeriod, seeding);
    Series out =
        new Series(new double[prices.length], new double[prices.length], new double[prices.length]);
    for (int i = 0; i < prices.length; i++) {
      out.macd[i] = indicator.update(prices[i]);
      out.signal[i] = indicator.signal;
      out.histogram[i] = indicator.histogram;
    }
    return out;
  }

  /**
   * The three MACD lines over a series, aligned with the input ({@code NaN} during the warm-up).
   *
   * @param macd the MACD line
   * @param signal the signal line
   * @param histogram MACD − signal
   */
  public record Series(double[] macd, double[] signal, double[] histogram) {}
}
