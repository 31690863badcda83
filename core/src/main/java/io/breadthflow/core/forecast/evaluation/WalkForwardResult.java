package io.breadthflow.core.forecast.evaluation;

import java.util.List;

/**
 * Every forecast of one model in a walk-forward, in origin order.
 *
 * @param model the description of the model fitted at the first origin
 * @param config the schedule that produced it
 * @param origins one per origin
 */
public record WalkForwardResult(
    String model, WalkForwardConfig config, List<OriginForecast> origins) {

  public WalkForwardResult {
    origins = List.copyOf(origins);
  }

  /** Steps forecast at each origin. */
  public int horizon() {
    return config.horizon();
  }

  /** The errors (actual − forecast) at {@code step}, one per origin. */
  public double[] errors(int step) {
    if (step < 1 || step > horizon()) {
      throw new IllegalArgumentException(
          "step must be between 1 and " + horizon() + ", was " + step);
    }
    double[] errors = new double[origins.size()];
    for (int i = 0; i < errors.length; i++) {
      errors[i] = origins.get(i).error(step);
    }
    return errors;
  }
}
