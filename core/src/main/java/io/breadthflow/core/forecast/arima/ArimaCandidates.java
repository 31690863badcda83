package io.breadthflow.core.forecast.arima;

import io.breadthflow.core.forecast.ForecastException;
import java.util.Optional;

/**
 * Fits auto.arima's candidates to one series and scores them as {@code forecast:::myarima} does:
 * the AICc of the likelihood fit, or under the CSS approximation {@code offset + n*·log σ² + 2k}
 * ({@code σ²} the mean squared conditional innovation, {@code k} the coefficients plus one, {@code
 * n*} the values after differencing) corrected the same way; rejected ({@code +∞}) when the fit
 * fails, when an AR or MA root lies within 1.01 of the origin, or when a coefficient has no
 * (non-negative) variance.
 */
final class ArimaCandidates implements CandidateFitter<ArimaFit> {

  /** R's margin: a root closer to the origin than this rejects the model. */
  static final double MIN_ROOT = 1.01;

  private final double[] y;
  private final double offset;
  private final Criterion criterion;

  /** Which information criterion ranks the candidates. */
  enum Criterion {
    AIC,
    AICC
  }

  ArimaCandidates(double[] y, double offset, Criterion criterion) {
    this.y = y;
    this.offset = offset;
    this.criterion = criterion;
  }

  @Override
  public Candidate<ArimaFit> fit(ArimaSpec spec, FitMethod method) {
    ArimaFit fit;
    try {
      fit = Arima.fit(y, spec, method);
    } catch (ForecastException e) {
      return Candidate.failed(spec);
    }
    return new Candidate<>(spec, score(fit), Optional.of(fit));
  }

  private double score(ArimaFit fit) {
    int nstar = fit.observationsUsed();
    int npar = fit.coefficients().length + 1;
    double aic =
        fit.method() == FitMethod.CSS
            ? offset + nstar * Math.log(fit.arimaSigma2()) + 2.0 * npar
            : fit.aic();
    double value =
        criterion == Criterion.AIC ? aic : aic + 2.0 * npar * (npar + 1) / (nstar - npar - 1);
    if (Double.isNaN(value) || fit.smallestRootModulus() < MIN_ROOT || hasNoVariance(fit)) {
      return Double.POSITIVE_INFINITY;
    }
    return value;
  }

  /** R's {@code checkarima}: a coefficient whose variance is negative (or undefined). */
  private static boolean hasNoVariance(ArimaFit fit) {
    for (double se : fit.standardErrors()) {
      if (Double.isNaN(se)) {
        return true;
      }
    }
    return false;
  }
}
