package io.breadthflow.core.indicator;

/**
 * An incremental indicator over one input series (usually closing prices).
 *
 * <p>Usage: call {@link #update(double)} once per observation, oldest first; it returns the
 * indicator's value after that observation, or {@code NaN} during the warm-up of {@link
 * #lookback()} observations. Updates are O(1) and allocate nothing.
 */
public interface SeriesIndicator {

  /** Feeds one observation and returns the new value, {@code NaN} while warming up. */
  double update(double value);

  /** The value after the last update, {@code NaN} while warming up. */
  double value();

  /** Number of observations that produce no value before the first one (TA-Lib's lookback). */
  int lookback();

  /**
   * From which observation the value no longer depends on where the input started, to {@code
   * tolerance} (see {@link WarmUp}).
   */
  WarmUp warmUp(double tolerance);

  /** {@link #warmUp(double)} at {@link WarmUp#DEFAULT_TOLERANCE}. */
  default WarmUp warmUp() {
    return warmUp(WarmUp.DEFAULT_TOLERANCE);
  }

  /** True once the indicator has produced a value. */
  default boolean isReady() {
    return !Double.isNaN(value());
  }

  /** Forgets everything seen, as if newly constructed. */
  void reset();
}
