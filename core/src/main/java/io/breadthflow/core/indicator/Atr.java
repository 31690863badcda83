package io.breadthflow.core.indicator;

/**
 * Average True Range with Wilder's smoothing (Wilder 1978; TA-Lib {@code TA_ATR}).
 *
 * <p>The first ATR is the simple mean of the first {@code n} true ranges, which start at the second
 * bar (the first bar has no previous close); then ATR = (ATR<sub>prev</sub>·(n−1) + TR)/n. Lookback
 * {@code n}. StockCharts' worked example instead counts high − low of the first bar as a true
 * range, which shifts its series by one bar; so does TradingView's {@code ta.atr} (rma of {@code
 * ta.tr(true)}), selected with {@link Seeding#TRADINGVIEW}: lookback n−1.
 *
 * <p>Warm-up: Wilder's average (α = 1/n) is stable k bars after its seed, (1−1/n)<sup>k</sup> ≤
 * tolerance.
 */
public final class Atr {
  private final TrueRange trueRange = new TrueRange();
  private final int period;
  private final Seeding seeding;
  private int ranges;
  private double value = Double.NaN;
  private double seedSum;

  /**
   * @param period smoothing period, at least 1 (14 is Wilder's)
   */
  public Atr(int period) {
    this(period, Seeding.TA_LIB);
  }

  /**
   * @param period smoothing period, at least 1
   * @param seeding whether the first bar's high − low counts as a true range (TradingView) or not
   *     (TA-Lib)
   */
  public Atr(int period, Seeding seeding) {
    this.period = Checks.atLeast("period", period, 1);
    this.seeding = seeding;
  }

  /** Feeds one bar; returns the ATR, {@code NaN} during the warm-up. */
  public double update(double high, double low, double close) {
    double tr = trueRange.update(high, low, close);
    if (Double.isNaN(tr)) {
      if (seeding == Seeding.TA_LIB) {
        return Double.NaN;
      }
      tr = high - low;
    }
    if (ranges < period) {
      seedSum += tr;
      if (++ranges < period) {
        return Double.NaN;
      }
      value = seedSum / period;
      return value;
    }
    double atr = value * (period - 1);
    atr += tr;
    value = atr / period;
    return value;
  }

  /** The ATR after the last bar. */
  public double value() {
    return value;
  }

  /** Bars consumed before the first output: n (TA-Lib) or n−1 (TradingView). */
  public int lookback() {
    return seeding == Seeding.TA_LIB ? period : period - 1;
  }

  /** From which bar the ATR no longer depends on where the bars started. */
  public WarmUp warmUp(double tolerance) {
    return new WarmUp(
        lookback(), SeedDecay.stableFrom(lookback(), 1.0 / period, tolerance), tolerance);
  }

  /** Forgets everything seen. */
  public void reset() {
    trueRange.reset();
    ranges = 0;
    seedSum = 0;
    value = Double.NaN;
  }

  /** Batch form; {@code NaN} for the first {@code period} bars. */
  public static double[] compute(double[] high, double[] low, double[] close, int period) {
    return compute(high, low, close, period, Seeding.TA_LIB);
  }

  /** Batch form with the given seeding. */
  public static double[] compute(
      double[] high, double[] low, double[] close, int period, Seeding seeding) {
    Checks.sameLength(high, low, close);
    Atr indicator = new Atr(period, seeding);
    double[] out = new double[close.length];
    for (int i = 0; i < close.length; i++) {
      out[i] = indicator.update(high[i], low[i], close[i]);
    }
    return out;
  }
}
