package io.breadthflow.core.forecast.arima;

import io.breadthflow.core.forecast.FittedModel;
import io.breadthflow.core.forecast.Forecast;
import io.breadthflow.core.forecast.ForecastPoint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An ARIMA model fitted by {@link Arima#fit}, with the statistics {@code forecast::Arima} reports
 * and forecasts as {@code forecast::forecast.Arima}: the Kalman forecast of the state space form
 * from the filtered final state, plus the mean or the drift extrapolated to {@code n+1..n+h}, with
 * normal intervals whose variance is the state's prediction variance times {@link #sigma2}.
 */
public final class ArimaFit implements FittedModel {
  private final ArimaSpec spec;
  private final FitMethod method;
  private final double[] coefficients;
  private final double[] standardErrors;
  private final double sigma2;
  private final double arimaSigma2;
  private final double logLikelihood;
  private final double aic;
  private final double aicc;
  private final double bic;
  private final int observationsUsed;
  private final double[] residuals;
  private final boolean converged;
  private final KalmanFilter state;
  private final int length;

  ArimaFit(
      ArimaSpec spec,
      FitMethod method,
      double[] coefficients,
      double[] standardErrors,
      double sigma2,
      double arimaSigma2,
      double logLikelihood,
      double aic,
      double aicc,
      double bic,
      int observationsUsed,
      double[] residuals,
      boolean converged,
      KalmanFilter state,
      int length) {
    this.spec = spec;
    this.method = method;
    this.coefficients = coefficients.clone();
    this.standardErrors = standardErrors == null ? nans(coefficients.length) : standardErrors;
    this.sigma2 = sigma2;
    this.arimaSigma2 = arimaSigma2;
    this.logLikelihood = logLikelihood;
    this.aic = aic;
    this.aicc = aicc;
    this.bic = bic;
    this.observationsUsed = observationsUsed;
    this.residuals = residuals;
    this.converged = converged;
    this.state = state;
    this.length = length;
  }

  private static double[] nans(int n) {
    double[] x = new double[n];
    Arrays.fill(x, Double.NaN);
    return x;
  }

  /** The model fitted. */
  public ArimaSpec spec() {
    return spec;
  }

  /** How it was fitted. */
  public FitMethod method() {
    return method;
  }

  /** The AR coefficients {@code ar1..arp}. */
  public double[] ar() {
    return Arrays.copyOfRange(coefficients, 0, spec.order().p());
  }

  /** The MA coefficients {@code ma1..maq} (R's sign: {@code 1 + θ₁B + …}). */
  public double[] ma() {
    int p = spec.order().p();
    return Arrays.copyOfRange(coefficients, p, p + spec.order().q());
  }

  /** The mean or drift, NaN when the model has no constant. */
  public double constant() {
    return spec.constant() == Constant.INCLUDED
        ? coefficients[coefficients.length - 1]
        : Double.NaN;
  }

  /** R's coefficient names in R's order: {@code ar1.., ma1.., intercept | drift}. */
  public String[] coefficientNames() {
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= spec.order().p(); i++) {
      names.add("ar" + i);
    }
    for (int i = 1; i <= spec.order().q(); i++) {
      names.add("ma" + i);
    }
    if (spec.hasMean()) {
      names.add("intercept");
    } else if (spec.hasDrift()) {
      names.add("drift");
    }
    return names.toArray(String[]::new);
  }

  /** The estimates, in the order of {@link #coefficientNames()}. */
  public double[] coefficients() {
    return coefficients.clone();
  }

  /**
   * Square roots of the diagonal of R's {@code var.coef}; NaN where it is negative (R warns) and
   * all NaN where the Hessian is singular to machine precision (R's {@code arima} stops there).
   */
  public double[] standardErrors() {
    return standardErrors.clone();
  }

  /**
   * The innovation variance as {@code forecast::Arima} reports it and uses for intervals: the sum
   * of squared residuals over {@code n − d − k} for {@code k} coefficients.
   */
  public double sigma2() {
    return sigma2;
  }

  /**
   * The innovation variance as {@code stats::arima} reports it (the one {@code auto.arima} uses for
   * its CSS approximation): the Kalman sum of squares over {@code n − d}, or for {@link
   * FitMethod#CSS} the mean squared conditional innovation.
   */
  public double arimaSigma2() {
    return arimaSigma2;
  }

  /** Gaussian log-likelihood (for {@link FitMethod#CSS}, R's value from the conditional fit). */
  public double logLikelihood() {
    return logLikelihood;
  }

  /** {@code −2·loglik + 2·(k + 1)}; NaN for {@link FitMethod#CSS}, as R's NA. */
  public double aic() {
    return aic;
  }

  /** AIC corrected for small samples, {@code forecast}'s definition with {@code n − d} points. */
  public double aicc() {
    return aicc;
  }

  /** Bayesian information criterion, {@code forecast}'s definition with {@code n − d} points. */
  public double bic() {
    return bic;
  }

  /** Observations in the likelihood: {@code n − d} (R's {@code nobs}). */
  public int observationsUsed() {
    return observationsUsed;
  }

  /** R's residuals: standardised Kalman innovations (CSS: conditional innovations), length n. */
  public double[] residuals() {
    return residuals.clone();
  }

  /** False when the optimiser stopped at its iteration limit (R's {@code code = 1}, a warning). */
  public boolean converged() {
    return converged;
  }

  /**
   * The smallest modulus among the roots of the AR polynomial {@code 1 − φ₁z − …} and the MA
   * polynomial {@code 1 + θ₁z + …}, coefficients of magnitude at most 1e-8 at their ends dropped
   * ({@code auto.arima} rejects models below 1.01); infinite when neither has a root.
   */
  public double smallestRootModulus() {
    return Math.min(
        Polynomials.smallestRootModulus(ar(), -1), Polynomials.smallestRootModulus(ma(), 1));
  }

  @Override
  public String description() {
    return spec.description();
  }

  @Override
  public Forecast forecast(int horizon) {
    if (horizon < 1) {
      throw new IllegalArgumentException("horizon must be at least 1, was " + horizon);
    }
    double[] means = new double[horizon];
    double[] variances = new double[horizon];
    state.forecast(horizon, means, variances);
    List<ForecastPoint> points = new ArrayList<>(horizon);
    double c = constant();
    for (int h = 1; h <= horizon; h++) {
      double mean = means[h - 1];
      if (spec.hasMean()) {
        mean += c;
      } else if (spec.hasDrift()) {
        mean += c * (length + h);
      }
      points.add(ForecastPoint.normal(h, mean, Math.sqrt(variances[h - 1] * sigma2)));
    }
    return new Forecast(description(), points);
  }

  @Override
  public String toString() {
    return description() + " " + Arrays.toString(coefficients) + " loglik=" + logLikelihood;
  }
}
