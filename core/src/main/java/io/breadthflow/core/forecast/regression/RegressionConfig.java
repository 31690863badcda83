package io.breadthflow.core.forecast.regression;

/**
 * How {@link LaggedRegression} is specified and maintained. The seed system used window 5, horizon
 * 1 ({@code ML_WINDOW_SIZE}, {@code PREDICTION_HORIZON}); see {@link #DEFAULT}.
 *
 * @param window lagged returns used as regressors, 1–60
 * @param horizon steps ahead modelled, 1–60: one direct regression per step
 * @param refitEvery how many times a fitted model is carried forward ({@link
 *     LaggedRegression#update}, once per new bar in live use, once per origin in a walk-forward)
 *     with the same coefficients before it re-estimates them on the history it is given, 1–10,000
 *     (1: re-estimate at every update)
 * @param features the regressors besides the intercept
 */
public record RegressionConfig(int window, int horizon, int refitEvery, FeatureSet features) {

  /** Window 5, horizon 1, re-estimated at every bar, lagged returns only. */
  public static final RegressionConfig DEFAULT =
      new RegressionConfig(5, 1, 1, FeatureSet.LAGGED_RETURNS);

  public RegressionConfig {
    check("window", window, 60);
    check("horizon", horizon, 60);
    check("refitEvery", refitEvery, 10_000);
    if (features == null) {
      throw new IllegalArgumentException("features must be given");
    }
  }

  private static void check(String name, int value, int max) {
    if (value < 1 || value > max) {
      throw new IllegalArgumentException(
          name + " must be between 1 and " + max + " (inclusive), was " + value);
    }
  }
}
