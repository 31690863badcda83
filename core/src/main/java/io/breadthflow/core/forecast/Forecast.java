package io.breadthflow.core.forecast;

import java.util.List;

/**
 * A forecast of the next {@code points.size()} values of a series from one origin.
 *
 * @param model the model that made it, as it would be printed (e.g. {@code ARIMA(0,1,1) with
 *     drift}, {@code random walk})
 * @param points one per step ahead, step 1 first
 */
public record Forecast(String model, List<ForecastPoint> points) {

  public Forecast {
    points = List.copyOf(points);
  }

  /** Steps ahead covered. */
  public int horizon() {
    return points.size();
  }

  /** The point forecast {@code step} steps ahead (from 1). */
  public double mean(int step) {
    return points.get(step - 1).mean();
  }
}
