package io.breadthflow.core.forecast.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * Point-forecast accuracy over a set of (origin, step) pairs, with e = actual − forecast (Hyndman
 * &amp; Koehler 2006).
 *
 * <p>Directional accuracy is the share of pairs where sign(forecast − last) equals sign(actual −
 * last), {@code last} being the value at the origin. Signs are −1, 0 or +1, so a forecast of no
 * change counts as right only when the actual is unchanged too: a random walk's directional
 * accuracy is the share of unchanged actuals.
 *
 * @param count pairs measured
 * @param mae mean |e|
 * @param rmse √(mean e²)
 * @param mape mean |e / actual| in percent (infinite if an actual is zero)
 * @param directionalAccuracy share of pairs whose direction was right, 0–1
 */
public record Accuracy(
    int count, double mae, double rmse, double mape, double directionalAccuracy) {

  /** Accuracy at one step (from 1) over every origin. */
  public static Accuracy atStep(WalkForwardResult result, int step) {
    if (step < 1 || step > result.horizon()) {
      throw new IllegalArgumentException(
          "step must be between 1 and " + result.horizon() + ", was " + step);
    }
    return of(result, step, step);
  }

  /** Accuracy pooled over every origin and every step. */
  public static Accuracy overall(WalkForwardResult result) {
    return of(result, 1, result.horizon());
  }

  /** {@link #atStep} for steps 1 … horizon. */
  public static List<Accuracy> perStep(WalkForwardResult result) {
    List<Accuracy> steps = new ArrayList<>(result.horizon());
    for (int step = 1; step <= result.horizon(); step++) {
      steps.add(atStep(result, step));
    }
    return List.copyOf(steps);
  }

  private static Accuracy of(WalkForwardResult result, int fromStep, int toStep) {
    double absolute = 0;
    double squared = 0;
    double percentage = 0;
    int right = 0;
    int count = 0;
    for (OriginForecast origin : result.origins()) {
      for (int step = fromStep; step <= toStep; step++) {
        double actual = origin.actual(step);
        double forecast = origin.forecast().mean(step);
        double error = actual - forecast;
        absolute += Math.abs(error);
        squared += error * error;
        percentage += Math.abs(error / actual);
        if (Math.signum(forecast - origin.last()) == Math.signum(actual - origin.last())) {
          right++;
        }
        count++;
      }
    }
    return new Accuracy(
        count,
        absolute / count,
        Math.sqrt(squared / count),
        100 * percentage / count,
        (double) right / count);
  }
}
