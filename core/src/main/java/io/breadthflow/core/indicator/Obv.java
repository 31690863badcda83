package io.breadthflow.core.indicator;

/**
 * On-Balance Volume (Joseph Granville; TA-Lib {@code TA_OBV}): starts at the first bar's volume,
 * then adds the volume of a bar that closes higher than the previous close, subtracts it when
 * lower, and keeps it when equal. No lookback, but cumulative: its level depends on where the bars
 * started forever (only its changes do not), so it is never stable ({@link WarmUp#NEVER}).
 */
public final class Obv {
  private boolean started;
  private double previousClose;
  private double value = Double.NaN;

  /** Feeds one bar; returns the OBV. */
  public double update(double close, double volume) {
    if (!started) {
      started = true;
      value = volume;
    } else if (close > previousClose) {
      value += volume;
    } else if (close < previousClose) {
      value -= volume;
    }
    previousClose = close;
    return value;
  }

  /** The OBV after the last bar. */
  public double value() {
    return value;
  }

  /** Cumulative: a value from the first bar, never independent of the start. */
  public WarmUp warmUp(double tolerance) {
    return WarmUp.cumulative(0, tolerance);
  }

  /** Forgets everything seen. */
  public void reset() {
    started = false;
    previousClose = 0;
    value = Double.NaN;
  }

  /** Batch form. */
  public static double[] compute(double[] close, double[] volume) {
    Checks.sameLength(close, volume);
    Obv obv = new Obv();
    double[] out = new double[close.length];
    for (int i = 0; i < close.length; i++) {
      out[i] = obv.update(close[i], volume[i]);
    }
    return out;
  }
}
