package io.breadthflow.core.forecast.arima;

import io.breadthflow.core.forecast.ForecastException;
import java.util.List;

/**
 * Automatic ARIMA order selection for non-seasonal series as R's {@code forecast::auto.arima}
 * (8.20) makes it (Hyndman &amp; Khandakar 2008): d by repeated KPSS tests at 5% ({@link
 * Differencing#ndiffs}); a mean allowed when d = 0 and a drift when d = 1; p and q by AICc over a
 * stepwise or exhaustive search, scored under the CSS approximation for long series and then
 * refitted by CSS-ML.
 */
public final class AutoArima {
  private AutoArima() {}

  /** ndiffs' significance level in auto.arima. */
  static final double KPSS_ALPHA = 0.05;

  /** Below this length R starts the stepwise search from p, q ≤ 1. */
  private static final int SHORT_SERIES = 10;

  /**
   * Selects and fits the model for {@code y} (oldest first, all finite).
   *
   * @throws ForecastException when the series is empty, not finite, or no model can be fitted
   */
  public static AutoArimaResult select(double[] y, AutoArimaConfig config) {
    if (config == null) {
      throw new IllegalArgumentException("config is required");
    }
    requireSeries(y);
    int n = y.length;
    if (Differencing.isConstant(y)) {
      return new AutoArimaResult(FixedConstantFit.of(y, 0, mean(y)), 0, List.of());
    }
    int d = Differencing.ndiffs(y, KPSS_ALPHA, config.maxD());
    double[] dx = Differencing.difference(y, d);
    if (Differencing.isConstant(dx)) {
      ArimaFit fit =
          d < 2
              ? FixedConstantFit.of(y, d, mean(dx))
              : Arima.fit(
                  y, new ArimaSpec(new ArimaOrder(0, d, 0), Constant.NONE), FitMethod.CSS_ML);
      return new AutoArimaResult(fit, d, List.of());
    }
    FitMethod searchMethod = config.approximation().appliesTo(n) ? FitMethod.CSS : FitMethod.CSS_ML;
    double offset = searchMethod == FitMethod.CSS ? approximationOffset(y, d) : 0;
    int maxP = Math.min(config.maxP(), n / 3);
    int maxQ = Math.min(config.maxQ(), n / 3);
    int start = n < SHORT_SERIES ? 1 : 2;
    SearchPlan plan =
        new SearchPlan(
            d,
            maxP,
            maxQ,
            config.maxOrder(),
            d <= 1 ? Constant.INCLUDED : Constant.NONE,
            Math.min(start, maxP),
            Math.min(start, maxQ),
            config.maxModels(),
            searchMethod);
    ArimaCandidates.Criterion criterion =
        n <= 3 ? ArimaCandidates.Criterion.AIC : ArimaCandidates.Criterion.AICC;
    OrderSearch<ArimaFit> search =
        new OrderSearch<>(new ArimaCandidates(y, offset, criterion), plan);
    Candidate<ArimaFit> best =
        config.mode() == SearchMode.STEPWISE ? search.stepwise() : search.exhaustive();
    return new AutoArimaResult(best.model().orElseThrow(), d, search.tried());
  }

  /**
   * R's offset that puts CSS criteria on the likelihood's scale: {@code −2·loglik − n·log σ²} of
   * ARIMA(0,d,0) fitted by CSS-ML (with a mean when d = 0), or 0 when that fit fails.
   */
  static double approximationOffset(double[] y, int d) {
    Constant mean = d == 0 ? Constant.INCLUDED : Constant.NONE;
    try {
      ArimaFit fit = Arima.fit(y, new ArimaSpec(new ArimaOrder(0, d, 0), mean), FitMethod.CSS_ML);
      return -2 * fit.logLikelihood() - y.length * Math.log(fit.arimaSigma2());
    } catch (ForecastException e) {
      return 0;
    }
  }

  private static double mean(double[] x) {
    double sum = 0;
    for (double v : x) {
      sum += v;
    }
    return sum / x.length;
  }

  private static void requireSeries(double[] y) {
    if (y == null || y.length == 0) {
      throw new ForecastException("auto.arima needs at least one value");
    }
    for (double v : y) {
      if (!Double.isFinite(v)) {
        throw new ForecastException("auto.arima needs finite values, found " + v);
      }
    }
  }
}
