package io.breadthflow.core.forecast;

/**
 * A forecasting method: fits a model to a history. Implementations read only the values they are
 * given, so a walk-forward evaluation that passes the history up to an origin cannot look ahead.
 */
@FunctionalInterface
public interface Forecaster {

  /**
   * Fits to {@code history} (oldest first, no gaps, all finite).
   *
   * @throws ForecastException when the history is too short or the model cannot be fitted
   */
  FittedModel fit(double[] history);
}
