package io.breadthflow.core.indicator;

/**
 * Wilder's Directional Movement System: +DI, −DI and ADX (Wilder 1978; TA-Lib {@code TA_PLUS_DI},
 * {@code TA_MINUS_DI}, {@code TA_ADX}).
 *
 * <p>+DM = high − previous high and −DM = previous low − low; only the larger one counts, and only
 * when positive. +DM, −DM and the true range are smoothed the way TA-Lib does it: the first n−1
 * values are summed, then each step S = S − S/n + x. +DI = 100·(+DM<sub>n</sub>/TR<sub>n</sub>),
 * −DI likewise (0 when TR<sub>n</sub> is 0); DX = 100·|+DI − −DI|/(+DI + −DI). The first ADX is the
 * mean of the first n DX values, then ADX = (ADX<sub>prev</sub>·(n−1) + DX)/n. Lookbacks: n for
 * ±DI, 2n−1 for ADX (27 for n = 14). Because of the n−1 sum, the seeding differs from StockCharts'
 * worked example, which sums n values first; the two converge as bars pass.
 *
 * <p>{@link Seeding#TRADINGVIEW} follows Pine's {@code ta.dmi}: ±DM and TR are Wilder averages
 * ({@code ta.rma}) seeded with the mean of the first n values, which is TA-Lib's recursion on n
 * times the average with a different seed (the sum of n values instead of n−1 values smoothed
 * once); ±DI keep their previous value when the smoothed TR is 0 ({@code fixnan}); DX is 0 when +DI
 * + −DI is 0 and still enters the ADX average. The lookbacks are TA-Lib's.
 */
public final class Dmi {
  private final int period;
  private final Seeding seeding;
  private final int seedSteps;
  private int steps;
  private double previousHigh;
  private double previousLow;
  private double previousClose;
  private double plusDm;
  private double minusDm;
  private double trueRange;
  private double dxSum;
  private double plusDi = Double.NaN;
  private double minusDi = Double.NaN;
  private double adx = Double.NaN;

  /**
   * @param period smoothing period, at least 2 (14 is Wilder's)
   */
  public Dmi(int period) {
    this(period, Seeding.TA_LIB);
  }

  /**
   * @param period smoothing period, at least 2
   * @param seeding TA-Lib's seeds or Pine's {@code ta.dmi}
   */
  public Dmi(int period, Seeding seeding) {
    this.period = Checks.atLeast("period", period, 2);
    this.seeding = seeding;
    this.seedSteps = seeding == Seeding.TA_LIB ? period : period + 1;
  }

  /** Feeds one bar; returns the ADX, {@code NaN} during its warm-up (±DI are ready earlier). */
  public double update(double high, double low, double close) {
    if (steps++ == 0) {
      previousHigh = high;
      previousLow = low;
      previousClose = close;
      return Double.NaN;
    }
    double diffPlus = high - previousHigh;
    double diffMinus = previousLow - low;
    double tr = TrueRange.of(high, low, previousClose);
    previousHigh = high;
    previousLow = low;
    previousClose = close;
    int step = steps - 1;
    if (step < seedSteps) {
      if (diffMinus > 0 && diffPlus < diffMinus) {
        minusDm += diffMinus;
      } else if (diffPlus > 0 && diffPlus > diffMinus) {
        plusDm += diffPlus;
      }
      trueRange += tr;
      if (step < period) {
        return Double.NaN;
      }
    } else {
      minusDm -= minusDm / period;
      plusDm -= plusDm / period;
      if (diffMinus > 0 && diffPlus < diffMinus) {
        minusDm += diffMinus;
      } else if (diffPlus > 0 && diffPlus > diffMinus) {
        plusDm += diffPlus;
      }
      trueRange = trueRange - (trueRange / period) + tr;
    }
    boolean defined = trueRange != 0;
    boolean hasDx;
    double dx;
    if (seeding == Seeding.TA_LIB) {
      minusDi = defined ? 100.0 * (minusDm / trueRange) : 0.0;
      plusDi = defined ? 100.0 * (plusDm / trueRange) : 0.0;
      double diSum = minusDi + plusDi;
      hasDx = defined && diSum != 0;
      dx = hasDx ? 100.0 * (Math.abs(minusDi - plusDi) / diSum) : 0.0;
    } else {
      if (defined) {
        minusDi = 100.0 * (minusDm / trueRange);
        plusDi = 100.0 * (plusDm / trueRange);
      }
      double diSum = minusDi + plusDi;
      hasDx = !Double.isNaN(diSum);
      dx = diSum != 0 ? 100.0 * (Math.abs(minusDi - plusDi) / diSum) : 0.0;
    }
    if (step < 2 * period - 1) {
      dxSum += dx;
    } else if (step == 2 * period - 1) {
      dxSum += dx;
      adx = dxSum / period;
    } else if (hasDx) {
      adx = ((adx * (period - 1)) + dx) / period;
    }
    return adx;
  }

  /** +DI after the last bar, {@code NaN} for the first n bars. */
  public double plusDi() {
    return plusDi;
  }

  /** −DI after the last bar, {@code NaN} for the first n bars. */
  public double minusDi() {
    return minusDi;
  }

  /** ADX after the last bar, {@code NaN} for the first 2n−1 bars. */
  public double adx() {
    return adx;
  }

  /** Bars consumed before the first ADX: 2n − 1. */
  public int lookback() {
    return 2 * period - 1;
  }

  /** Warm-up of ±DI: Wilder's smoothing (α = 1/n) of ±DM and TR seeded at bar n. */
  public WarmUp diWarmUp(double tolerance) {
    return new WarmUp(period, SeedDecay.stableFrom(period, 1.0 / period, tolerance), tolerance);
  }

  /**
   * Warm-up of the ADX: the ±DI error passes through ADX's own Wilder average, seeded at bar 2n−1
   * ({@link SeedDecay#chain}).
   */
  public WarmUp warmUp(double tolerance) {
    double alpha = 1.0 / period;
    int stable =
        SeedDecay.chain(tolerance, new int[] {period, lookback()}, new double[] {alpha, alpha});
    return new WarmUp(lookback(), stable, tolerance);
  }

  /** Forgets everything seen. */
  public void reset() {
    steps = 0;
    plusDm = 0;
    minusDm = 0;
    trueRange = 0;
    dxSum = 0;
    plusDi = Double.NaN;
    minusDi = Double.NaN;
    adx = Double.NaN;
  }

  /** Batch form over a bar series. */
  public static Series compute(double[] high, double[] low, double[] close, int period) {
    return compute(high, low, close, period, Seeding.TA_LIB);
  }

  /** Batch form with the given seeding. */
  public static Series compute(
      double[] high, double[] low, double[] close, int period, Seeding seeding) {
    Checks.sameLength(high, low, close);
    Dmi dmi = new Dmi(period, seeding);
    int n = close.length;
    Series out = new Series(new double[n], new double[n], new double[n]);
    for (int i = 0; i < n; i++) {
      out.adx[i] = dmi.update(high[i], low[i], close[i]);
      out.plusDi[i] = dmi.plusDi;
      out.minusDi[i] = dmi.minusDi;
    }
    return out;
  }

  /**
   * The directional movement lines over a series, aligned with the input.
   *
   * @param plusDi +DI
   * @param minusDi −DI
   * @param adx ADX
   */
  public record Series(double[] plusDi, double[] minusDi, double[] adx) {}
}
