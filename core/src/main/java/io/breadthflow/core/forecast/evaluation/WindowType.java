package io.breadthflow.core.forecast.evaluation;

/** Which part of the past a walk-forward fits on at each origin. */
public sealed interface WindowType {

  /** Index of the first observation in the history for origin {@code origin}. */
  int start(int origin);

  /** All observations from the first up to the origin. */
  static WindowType expanding() {
    return new Expanding();
  }

  /** The last {@code length} observations up to and including the origin. */
  static WindowType rolling(int length) {
    return new Rolling(length);
  }

  /** All observations from the first up to the origin. */
  record Expanding() implements WindowType {
    @Override
    public int start(int origin) {
      return 0;
    }
  }

  /**
   * The last {@code length} observations up to and including the origin.
   *
   * @param length observations per history, at least 1
   */
  record Rolling(int length) implements WindowType {
    public Rolling {
      if (length < 1) {
        throw new IllegalArgumentException(
            "rolling window length must be at least 1, was " + length);
      }
    }

    @Override
    public int start(int origin) {
      return origin - length + 1;
    }
  }
}
