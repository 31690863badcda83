package io.breadthflow.core.forecast.evaluation;

import io.breadthflow.core.forecast.Forecast;

/**
 * What a model forecast at one walk-forward origin and what happened.
 *
 * @param origin index of the last bar the model knew
 * @param last the value at the origin, series[origin]
 * @param forecast the forecast made there
 * @param actual series[origin + 1 … origin + horizon]
 */
public record OriginForecast(int origin, double last, Forecast forecast, double[] actual) {

  public OriginForecast {
    actual = actual.clone();
    if (forecast.horizon() != actual.length) {
      throw new IllegalArgumentException(
          "forecast has " + forecast.horizon() + " steps but " + actual.length + " actuals");
    }
  }

  @Override
  public double[] actual() {
    return actual.clone();
  }

  /** The actual value {@code step} (from 1) steps after the origin. */
  public double actual(int step) {
    return actual[step - 1];
  }

  /** actual − forecast mean at {@code step}, R's {@code forecast} error convention. */
  public double error(int step) {
    return actual[step - 1] - forecast.mean(step);
  }
}
