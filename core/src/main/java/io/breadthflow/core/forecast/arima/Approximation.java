package io.breadthflow.core.forecast.arima;

/**
 * Whether the search scores candidates by the CSS approximation and refits the winner exactly:
 * {@code AUTO} does so for series longer than 150 values, as R's default {@code approximation =
 * length(x) > 150} does; {@code OFF} fits every candidate by CSS-ML.
 */
public enum Approximation {
  AUTO,
  OFF;

  /** R's threshold: longer series are searched with the approximation under {@code AUTO}. */
  static final int AUTO_ABOVE = 150;

  boolean appliesTo(int length) {
    return this == AUTO && length > AUTO_ABOVE;
  }
}
