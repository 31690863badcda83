package io.breadthflow.core.forecast.evaluation;

/**
 * A walk-forward schedule. Origins are bar indices t = firstOrigin, firstOrigin + step, … for which
 * all {@code horizon} actuals t + 1 … t + horizon exist; at each, the model knows bars up to and
 * including t.
 *
 * @param firstOrigin index of the last bar known at the first origin, at least 0 (for a rolling
 *     window, at least its length − 1)
 * @param horizon steps forecast from each origin, at least 1
 * @param window the history each fit sees: expanding, or rolling of a fixed length
 * @param refitEvery fit afresh at every {@code refitEvery}-th origin (the first included); at the
 *     others an {@link io.breadthflow.core.forecast.UpdatableModel} is carried forward and any
 *     other model is fitted afresh; at least 1. A model's own schedule can re-estimate more often:
 *     a {@code LaggedRegression} re-estimates at every {@code RegressionConfig.refitEvery}-th
 *     update, so set that to at least this value for this one to govern
 * @param step bars between consecutive origins, at least 1
 */
public record WalkForwardConfig(
    int firstOrigin, int horizon, WindowType window, int refitEvery, int step) {

  public WalkForwardConfig {
    atLeast("firstOrigin", firstOrigin, 0);
    atLeast("horizon", horizon, 1);
    atLeast("refitEvery", refitEvery, 1);
    atLeast("step", step, 1);
    if (window == null) {
      throw new IllegalArgumentException("window must be given");
    }
    if (window.start(firstOrigin) < 0) {
      throw new IllegalArgumentException(
          "firstOrigin "
              + firstOrigin
              + " is too early for "
              + window
              + ": the window starts before the series");
    }
  }

  /** Expanding window, refit at every origin, one bar between origins. */
  public static WalkForwardConfig expanding(int firstOrigin, int horizon) {
    return new WalkForwardConfig(firstOrigin, horizon, WindowType.expanding(), 1, 1);
  }

  private static void atLeast(String name, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException(name + " must be at least " + min + ", was " + value);
    }
  }
}
