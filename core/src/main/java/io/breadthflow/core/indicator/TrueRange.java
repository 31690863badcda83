package io.breadthflow.core.indicator;

/**
 * Wilder's True Range: max(high − low, |high − previous close|, |low − previous close|) (TA-Lib
 * {@code TA_TRANGE}). The first bar has no previous close and gives {@code NaN}: lookback 1.
 */
public final class TrueRange {
  private boolean hasPrevious;
  private double previousClose;
  private double value = Double.NaN;

  /** Feeds one bar; returns its true range, {@code NaN} for the first bar. */
  public double update(double high, double low, double close) {
    if (!hasPrevious) {
      hasPrevious = true;
      previousClose = close;
      return Double.NaN;
    }
    value = of(high, low, previousClose);
    previousClose = close;
    return value;
  }

  /** The true range of the last bar. */
  public double value() {
    return value;
  }

  /** Bars consumed before the first output: 1. */
  public int lookback() {
    return 1;
  }

  /** Depends on the previous close only: stable from its first value, bar 1. */
  public WarmUp warmUp(double tolerance) {
    return WarmUp.exact(lookback(), tolerance);
  }

  /** Forgets everything seen. */
  public void reset() {
    hasPrevious = false;
    previousClose = 0;
    value = Double.NaN;
  }

  /** The true range of one bar given the previous close, in TA-Lib's order of comparisons. */
  static double of(double high, double low, double previousClose) {
    double greatest = high - low;
    double fromHigh = Math.abs(previousClose - high);
    if (fromHigh > greatest) {
      greatest = fromHigh;
    }
    double fromLow = Math.abs(previousClose - low);
    if (fromLow > greatest) {
      greatest = fromLow;
    }
    return greatest;
  }

  /** Batch form; {@code NaN} for the first bar. */
  public static double[] compute(double[] high, double[] low, double[] close) {
    Checks.sameLength(high, low, close);
    TrueRange indicator = new TrueRange();
    double[] out = new double[close.length];
    for (int i = 0; i < close.length; i++) {
      out[i] = indicator.update(high[i], low[i], close[i]);
    }
    return out;
  }
}
