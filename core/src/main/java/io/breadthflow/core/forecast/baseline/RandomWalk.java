package io.breadthflow.core.forecast.baseline;

import io.breadthflow.core.forecast.Forecast;
import io.breadthflow.core.forecast.ForecastException;
import io.breadthflow.core.forecast.ForecastPoint;
import io.breadthflow.core.forecast.Forecaster;
import io.breadthflow.core.forecast.UpdatableModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The naive forecast, R's {@code forecast::naive} ({@code rwf(y, drift = FALSE)}): every step's
 * mean is the last value; the standard error h steps ahead is σ√h with σ² the mean of the squared
 * one-step changes (divisor n − 1, as {@code forecast:::forecast.lagwalk}). Intervals are normal.
 */
public final class RandomWalk implements Forecaster {

  /** The model's description, {@code random walk}. */
  public static final String DESCRIPTION = "random walk";

  @Override
  public Model fit(double[] history) {
    if (history.length < 2) {
      throw new ForecastException(
          "a random walk needs at least 2 observations, got " + history.length);
    }
    double sumOfSquares = 0;
    for (int i = 1; i < history.length; i++) {
      double change = history[i] - history[i - 1];
      sumOfSquares += change * change;
    }
    return new Model(history[history.length - 1], Math.sqrt(sumOfSquares / (history.length - 1)));
  }

  /**
   * A fitted random walk.
   *
   * @param last the value forecasts start from
   * @param sigma the one-step standard deviation σ
   */
  public record Model(double last, double sigma) implements UpdatableModel {

    @Override
    public String description() {
      return DESCRIPTION;
    }

    @Override
    public Forecast forecast(int horizon) {
      Horizons.check(horizon);
      List<ForecastPoint> points = new ArrayList<>(horizon);
      for (int h = 1; h <= horizon; h++) {
        points.add(ForecastPoint.normal(h, last, sigma * Math.sqrt(h)));
      }
      return new Forecast(DESCRIPTION, points);
    }

    /** Keeps σ and forecasts from the last value of {@code history}. */
    @Override
    public Model update(double[] history) {
      Horizons.checkNotEmpty(history);
      return new Model(history[history.length - 1], sigma);
    }
  }
}
