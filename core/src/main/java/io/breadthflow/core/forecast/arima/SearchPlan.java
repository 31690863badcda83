package io.breadthflow.core.forecast.arima;

/**
 * The bounds of one order search once auto.arima has fixed d and the series length.
 *
 * @param d differences
 * @param maxP largest p (already limited to a third of the series)
 * @param maxQ largest q (likewise)
 * @param maxOrder largest p + q in the exhaustive search (the stepwise search ignores it, as R's
 *     does)
 * @param constant {@link Constant#INCLUDED} when a mean (d = 0) or drift (d = 1) may be tried
 * @param startP p of the first stepwise model
 * @param startQ q of the first stepwise model
 * @param maxModels most models the stepwise search fits (R's {@code nmodels})
 * @param searchMethod {@link FitMethod#CSS} to search with R's approximation and refit the winner
 *     by {@link FitMethod#CSS_ML}, else {@link FitMethod#CSS_ML} throughout
 */
record SearchPlan(
    int d,
    int maxP,
    int maxQ,
    int maxOrder,
    Constant constant,
    int startP,
    int startQ,
    int maxModels,
    FitMethod searchMethod) {

  boolean approximated() {
    return searchMethod != FitMethod.CSS_ML;
  }

  ArimaSpec spec(int p, int q, Constant withConstant) {
    return new ArimaSpec(new ArimaOrder(p, d, q), withConstant);
  }
}
