package io.breadthflow.core.indicator;

/**
 * Volume-weighted average price since the start of the current session: Σ(p·v)/Σv, reset whenever
 * the session key changes. For trades p is the trade price; for bars the typical price
 * (high+low+close)/3 is the usual choice (see {@link #updateBar}). {@code NaN} until the session
 * has traded volume.
 *
 * <p>Warm-up: it forgets everything at each session change, so it depends on where the input
 * started only when that start falls inside a session: values are independent of the start from the
 * first update of the second session fed (a data-dependent bar, so no fixed {@link WarmUp}).
 */
public final class SessionVwap {
  private long session = Long.MIN_VALUE;
  private double priceVolume;
  private double volume;
  private double value = Double.NaN;

  /**
   * Feeds one trade or bar.
   *
   * @param sessionKey identifies the session, e.g. the New York session date's epoch day
   * @param price trade price or the bar's typical price
   * @param quantity shares traded
   * @return the session VWAP so far
   */
  public double update(long sessionKey, double price, double quantity) {
    if (sessionKey != session) {
      session = sessionKey;
      priceVolume = 0;
      volume = 0;
      value = Double.NaN;
    }
    priceVolume += price * quantity;
    volume += quantity;
    if (volume > 0) {
      value = priceVolume / volume;
    }
    return value;
  }

  /** Feeds one bar using its typical price (high+low+close)/3. */
  public double updateBar(long sessionKey, double high, double low, double close, double quantity) {
    return update(sessionKey, (high + low + close) / 3.0, quantity);
  }

  /** The VWAP of the current session. */
  public double value() {
    return value;
  }

  /** Forgets everything seen. */
  public void reset() {
    session = Long.MIN_VALUE;
    priceVolume = 0;
    volume = 0;
    value = Double.NaN;
  }
}
