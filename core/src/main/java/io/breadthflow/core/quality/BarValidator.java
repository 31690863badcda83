package io.breadthflow.core.quality;

import java.util.Optional;

/**
 * The plausibility rules for a bar. A failing bar is not an exception: callers quarantine or skip
 * it with the returned reason and go on.
 *
 * <p>Two kinds of rule. {@link #checkFields} finds values no bar can have: a non-finite price or
 * volume, a price ≤ 0 or above {@link #MAX_PRICE}, a negative volume or one above {@link
 * #MAX_VOLUME}. {@link #checkRange} finds a high below the open or close or a low above them: real
 * provider data has such rows (12 of the 619,040 daily bars of the S&amp;P 500 2013–2018 set, e.g.
 * CHD on 2014-05-19 with an open of 18.77 amid prices near 33), so whether they are dropped is the
 * caller's policy. {@link #check} applies both, fields first.
 */
public final class BarValidator {
  /**
   * The highest plausible price: a thousand times the dearest share ever listed (Berkshire Hathaway
   * A, under one million dollars). Beyond it a value is a unit or parsing error, and accepting it
   * would overflow the running sums of notional values.
   */
  public static final double MAX_PRICE = 1e9;

  /** The highest plausible volume of one bar: a thousand times any day's whole US market. */
  public static final double MAX_VOLUME = 1e15;

  private BarValidator() {}

  /** The first rule of either kind the bar breaks, or empty when it is plausible. */
  public static Optional<String> check(
      double open, double high, double low, double close, double volume) {
    Optional<String> fields = checkFields(open, high, low, close, volume);
    return fields.isPresent() ? fields : checkRange(open, high, low, close);
  }

  /**
   * Finite positive prices up to {@link #MAX_PRICE} and a finite, non-negative volume up to {@link
   * #MAX_VOLUME}.
   */
  public static Optional<String> checkFields(
      double open, double high, double low, double close, double volume) {
    if (!Double.isFinite(open)
        || !Double.isFinite(high)
        || !Double.isFinite(low)
        || !Double.isFinite(close)) {
      return Optional.of("non-finite price");
    }
    if (!Double.isFinite(volume)) {
      return Optional.of("non-finite volume");
    }
    if (open <= 0 || high <= 0 || low <= 0 || close <= 0) {
      return Optional.of("non-positive price");
    }
    if (volume < 0) {
      return Optional.of("negative volume");
    }
    if (open > MAX_PRICE || high > MAX_PRICE || low > MAX_PRICE || close > MAX_PRICE) {
      return Optional.of("price above " + (long) MAX_PRICE);
    }
    if (volume > MAX_VOLUME) {
      return Optional.of("volume above " + (long) MAX_VOLUME);
    }
    return Optional.empty();
  }

  /** High ≥ max(open, close) and low ≤ min(open, close). */
  public static Optional<String> checkRange(double open, double high, double low, double close) {
    if (high < Math.max(open, close)) {
      return Optional.of("high below open or close");
    }
    if (low > Math.min(open, close)) {
      return Optional.of("low above open or close");
    }
    return Optional.empty();
  }
}
