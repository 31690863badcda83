package io.breadthflow.core.forecast.arima;

/**
 * The bounds and search of automatic ARIMA selection, named as R's {@code forecast::auto.arima}
 * arguments.
 *
 * @param maxP largest AR order ({@code max.p}); further limited to a third of the series
 * @param maxD largest number of differences ({@code max.d}), 0..2
 * @param maxQ largest MA order ({@code max.q}); further limited to a third of the series
 * @param maxOrder largest p + q of the exhaustive search ({@code max.order}); the stepwise search
 *     ignores it, as R's does
 * @param mode stepwise or exhaustive
 * @param approximation whether long series are searched with the CSS approximation
 * @param maxModels most models the stepwise search fits ({@code nmodels}), at least 5 (the starting
 *     models)
 */
public record AutoArimaConfig(
    int maxP,
    int maxD,
    int maxQ,
    int maxOrder,
    SearchMode mode,
    Approximation approximation,
    int maxModels) {

  public AutoArimaConfig {
    requireRange("maxP", maxP, 0, ArimaOrder.MAX_ARMA_ORDER);
    requireRange("maxD", maxD, 0, ArimaOrder.MAX_DIFFERENCES);
    requireRange("maxQ", maxQ, 0, ArimaOrder.MAX_ARMA_ORDER);
    requireRange("maxOrder", maxOrder, 0, 2 * ArimaOrder.MAX_ARMA_ORDER);
    requireRange("maxModels", maxModels, 5, 10_000);
    if (mode == null || approximation == null) {
      throw new IllegalArgumentException("mode and approximation are required");
    }
  }

  private static void requireRange(String name, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          name + " must be in [" + min + ", " + max + "], was " + value);
    }
  }

  /** R's defaults: 5/2/5, max.order 5, stepwise, approximation for n > 150, nmodels 94. */
  public static AutoArimaConfig defaults() {
    return new AutoArimaConfig(5, 2, 5, 5, SearchMode.STEPWISE, Approximation.AUTO, 94);
  }

  /** R's {@code stepwise = FALSE, approximation = FALSE} with the default bounds. */
  public static AutoArimaConfig exact() {
    return new AutoArimaConfig(5, 2, 5, 5, SearchMode.EXHAUSTIVE, Approximation.OFF, 94);
  }
}
