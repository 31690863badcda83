package io.breadthflow.core.forecast.baseline;

import io.breadthflow.core.forecast.ForecastException;

/** Argument checks shared by the baselines. */
final class Horizons {
  private Horizons() {}

  static void check(int horizon) {
    if (horizon < 1) {
      throw new IllegalArgumentException("horizon must be at least 1, was " + horizon);
    }
  }

  static void checkNotEmpty(double[] history) {
    if (history.length == 0) {
      throw new ForecastException("cannot forecast from an empty history");
    }
  }
}
