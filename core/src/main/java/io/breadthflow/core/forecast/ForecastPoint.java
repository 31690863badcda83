package io.breadthflow.core.forecast;

/**
 * One step of a forecast: the point forecast and its 80% and 95% prediction intervals.
 *
 * @param step steps ahead of the forecast origin, from 1
 * @param mean the point forecast (the conditional mean)
 * @param lower80 lower bound of the 80% interval
 * @param upper80 upper bound of the 80% interval
 * @param lower95 lower bound of the 95% interval
 * @param upper95 upper bound of the 95% interval
 */
public record ForecastPoint(
    int step, double mean, double lower80, double upper80, double lower95, double upper95) {

  public ForecastPoint {
    if (step < 1) {
      throw new IllegalArgumentException("step must be at least 1, was " + step);
    }
  }

  /** A point whose intervals are {@code mean ± z·se} for the normal quantiles of 80% and 95%. */
  public static ForecastPoint normal(int step, double mean, double standardError) {
    double half80 = Z80 * standardError;
    double half95 = Z95 * standardError;
    return new ForecastPoint(
        step, mean, mean - half80, mean + half80, mean - half95, mean + half95);
  }

  /** The 0.9 quantile of the standard normal (R's {@code qnorm(0.9)}). */
  public static final double Z80 = 1.2815515655446004;

  /** The 0.975 quantile of the standard normal (R's {@code qnorm(0.975)}). */
  public static final double Z95 = 1.959963984540054;
}
