package io.breadthflow.core.forecast;

/**
 * A fitted model that can be carried forward to a newer history without being fitted afresh: the
 * walk-forward evaluation uses it between refits, a live caller at each new bar.
 */
public interface UpdatableModel extends FittedModel {

  /**
   * The model brought forward to {@code history} (the data known at the new origin, oldest first),
   * forecasting from its end. It keeps its estimated parameters unless its own refit schedule says
   * they are due for re-estimation, which then uses {@code history} alone. Only {@code history} is
   * read, so this cannot look ahead.
   *
   * @throws ForecastException when {@code history} is too short for the model's inputs
   */
  UpdatableModel update(double[] history);
}
