package io.breadthflow.core.forecast.baseline;

import io.breadthflow.core.forecast.Forecast;
import io.breadthflow.core.forecast.ForecastException;
import io.breadthflow.core.forecast.ForecastPoint;
import io.breadthflow.core.forecast.Forecaster;
import io.breadthflow.core.forecast.UpdatableModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The random walk with drift, R's {@code forecast::rwf(y, drift = TRUE)}: slope b = (y<sub>n</sub>
 * − y<sub>1</sub>)/(n − 1), the mean of the one-step changes; mean h steps ahead y<sub>n</sub> +
 * h·b. σ² is the sample variance of the changes (divisor n − 2) and the standard error adds the
 * slope's own uncertainty, se<sub>h</sub> = σ·√(h·(1 + h/(n − 1))), as {@code
 * forecast:::forecast.lagwalk} (which, like this class, divides the squared residuals by n − 1
 * instead when the slope is exactly zero). Intervals are normal.
 */
public final class Drift implements Forecaster {

  /** The model's description, {@code random walk with drift}. */
  public static final String DESCRIPTION = "random walk with drift";

  @Override
  public Model fit(double[] history) {
    int n = history.length;
    if (n < 3) {
      throw new ForecastException(
          "a random walk with drift needs at least 3 observations, got " + n);
    }
    int changes = n - 1;
    double slope = (history[n - 1] - history[0]) / changes;
    double sumOfSquares = 0;
    for (int i = 1; i < n; i++) {
      double residual = history[i] - history[i - 1] - slope;
      sumOfSquares += residual * residual;
    }
    double variance = sumOfSquares / (slope != 0 ? changes - 1 : changes);
    double sampleVariance = sumOfSquares / (changes - 1);
    return new Model(
        history[n - 1], slope, Math.sqrt(variance), Math.sqrt(sampleVariance / changes));
  }

  /**
   * A fitted random walk with drift.
   *
   * @param last the value forecasts start from
   * @param slope the drift b per step
   * @param sigma the one-step residual standard deviation σ
   * @param slopeStandardError the standard error of b, σ/√(n − 1)
   */
  public record Model(double last, double slope, double sigma, double slopeStandardError)
      implements UpdatableModel {

    @Override
    public String description() {
      return DESCRIPTION;
    }

    @Override
    public Forecast forecast(int horizon) {
      Horizons.check(horizon);
      List<ForecastPoint> points = new ArrayList<>(horizon);
      for (int h = 1; h <= horizon; h++) {
        double slopeError = h * slopeStandardError;
        double se = Math.sqrt(sigma * sigma * h + slopeError * slopeError);
        points.add(ForecastPoint.normal(h, last + h * slope, se));
      }
      return new Forecast(DESCRIPTION, points);
    }

    /** Keeps the slope and σ and forecasts from the last value of {@code history}. */
    @Override
    public Model update(double[] history) {
      Horizons.checkNotEmpty(history);
      return new Model(history[history.length - 1], slope, sigma, slopeStandardError);
    }
  }
}
