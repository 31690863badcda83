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
 */
public final class Dmi {
  private final int period;
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
    this.period = Checks.atLeast("period", period, 2);
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
    if (step < period) {
      if (diffMinus > 0 && diffPlus < diffMinus) {
        minusDm += diffMinus;
      } else if (diffPlus > 0 && diffPlus > diffMinus) {
        plusDm += diffPlus;
      }
      trueRange += tr;
      return Double.NaN;
    }
    minusDm -= minusDm / period;
    plusDm -= plusDm / period;
    if (diffMinus > 0 && diffPlus < diffMinus) {
      minusDm += diffMinus;
    } else if (diffPlus > 0 && diffPlus > diffMinus) {
      plusDm += diffPlus;
    }
    trueRange = trueRange - (trueRange / period) + tr;
    boolean defined = trueRange != 0;
    minusDi = defined ? 100.0 * (minusDm / trueRange) : 0.0;
    plusDi = defined ? 100.0 * (plusDm / trueRange) : 0.0;
    double diSum = minusDi + plusDi;
    boolean hasDx = defined && diSum != 0;
    double dx = hasDx ? 100.0 * (Math.abs(minusDi - plusDi) / diSum) : 0.0;
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
    Checks.sameLength(high, low, close);
    Dmi dmi = new Dmi(period);
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
