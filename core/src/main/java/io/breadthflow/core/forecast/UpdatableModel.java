package io.breadthflow.core.forecast;

/**
 * A fitted model that can be carried forward to a newer history without re-estimating its
 * parameters: the walk-forward evaluation uses it between refits.
 */
public interface UpdatableModel extends FittedModel {

  /**
   * The same estimated parameters, now forecasting from the end of {@code history} (the data known
   * at the new origin, oldest first). Only {@code history} is read, so this cannot look ahead.
   *
   * @throws ForecastException when {@code history} is too short for the model's inputs
   */
  UpdatableModel update(double[] history);
}
