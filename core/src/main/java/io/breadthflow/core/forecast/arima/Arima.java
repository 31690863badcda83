package io.breadthflow.core.forecast.arima;

import io.breadthflow.core.forecast.ForecastException;
import java.util.Arrays;

/**
 * Fits ARIMA models as R's {@code forecast::Arima} (on {@code stats::arima}) does: the constant is
 * a regression coefficient started from least squares on the differenced series and scaled by 10
 * standard errors; {@link FitMethod#CSS_ML} minimises the conditional sum of squares by BFGS, then
 * the exact likelihood of the state space form (differencing inside the state) by BFGS from there,
 * with the AR part kept stationary by the partial-autocorrelation transform and the MA part made
 * invertible afterwards; standard errors come from a finite-difference Hessian through the
 * transform's Jacobian. Box, Jenkins &amp; Reinsel (2008); Durbin &amp; Koopman (2012); Gardner,
 * Harvey &amp; Phillips (1980); Nocedal &amp; Wright (2006).
 */
public final class Arima {
  private static final double LOG_2PI = Math.log(2 * Math.PI);

  private Arima() {}

  /**
   * Fits {@code spec} to {@code y} (oldest first, all finite).
   *
   * @throws ForecastException when the series is too short, has non-finite values or is constant
   *     after differencing while there are coefficients to estimate, when the conditional estimates
   *     of a {@link FitMethod#CSS_ML} fit have a non-stationary AR part (as R), or when the
   *     likelihood cannot be evaluated near the estimates
   */
  public static ArimaFit fit(double[] y, ArimaSpec spec, FitMethod method) {
    ArimaOrder order = spec.order();
    int p = order.p();
    int q = order.q();
    int d = order.d();
    boolean constant = spec.constant() == Constant.INCLUDED;
    int k = p + q + (constant ? 1 : 0);
    validate(y, spec, k);
    int n = y.length;
    int nUsed = n - d;
    double[] regressor = constant ? regressor(spec, n) : null;

    double[] init = new double[k];
    double[] parscale = new double[k];
    Arrays.fill(parscale, 1.0);
    if (constant) {
      RegressionStart start = RegressionStart.onOnes(difference(y, d));
      init[k - 1] = start.estimate();
      parscale[k - 1] = 10 * start.standardError();
    }

    ArimaObjectives objectives = new ArimaObjectives(y, regressor, order);
    Estimate estimate;
    try {
      estimate =
          method == FitMethod.CSS
              ? conditionalFit(objectives, init, parscale, nUsed)
              : exactFit(objectives, init, parscale, nUsed, p, q, method);
    } catch (ForecastException e) {
      throw new ForecastException("cannot fit " + spec.description() + ": " + e.getMessage());
    }

    double[] coef = estimate.coef;
    double[] phi = Arrays.copyOfRange(coef, 0, p);
    double[] theta = Arrays.copyOfRange(coef, p, p + q);
    KalmanFilter kalman = objectives.kalman();
    if (!kalman.reset(phi, theta)) {
      throw new ForecastException(
          spec.description() + " has a unit AR root; its state covariance does not exist");
    }
    double[] adjusted = objectives.adjust(coef).clone();
    double[] residuals = new double[n];
    kalman.filter(adjusted, residuals);
    double arimaSigma2;
    if (method == FitMethod.CSS) {
      arimaSigma2 = objectives.css().meanSquare(adjusted, phi, theta);
      residuals = objectives.css().residuals();
    } else {
      arimaSigma2 = kalman.sumSquares() / nUsed;
    }

    double value = 2 * nUsed * estimate.value + nUsed + nUsed * LOG_2PI;
    double aic = method == FitMethod.CSS ? Double.NaN : value + 2 * k + 2;
    int npar = k + 1;
    double nstar = nUsed;
    double aicc = aic + 2 * npar * (nstar / (nstar - npar - 1) - 1);
    double bic = aic + npar * (Math.log(nstar) - 2);
    double sigma2 = ExactSum.ofSquares(residuals) / (nstar - npar + 1);
    return new ArimaFit(
        spec,
        method,
        coef,
        estimate.standardErrors,
        sigma2,
        arimaSigma2,
        -0.5 * value,
        aic,
        aicc,
        bic,
        nUsed,
        residuals,
        estimate.converged,
        kalman,
        n);
  }

  private record Estimate(
      double[] coef, double value, double[] standardErrors, boolean converged) {}

  private static Estimate conditionalFit(
      ArimaObjectives objectives, double[] init, double[] parscale, int nUsed) {
    if (init.length == 0) {
      return new Estimate(init, objectives.conditional(init), init, true);
    }
    Bfgs bfgs = new Bfgs(objectives::conditional, parscale);
    Bfgs.Result result = bfgs.minimise(init, Bfgs.MAX_ITERATIONS);
    double[][] hessian = bfgs.hessian(result.x());
    double[][] var = scaledInverse(hessian, nUsed);
    return new Estimate(result.x(), result.value(), standardErrors(var), result.converged());
  }

  private static Estimate exactFit(
      ArimaObjectives objectives,
      double[] init0,
      double[] parscale,
      int nUsed,
      int p,
      int q,
      FitMethod method) {
    int k = init0.length;
    if (k == 0) {
      return new Estimate(init0, objectives.exact(init0, false), init0, true);
    }
    double[] init = init0.clone();
    if (method == FitMethod.CSS_ML) {
      Bfgs.Result css =
          new Bfgs(objectives::conditional, parscale).minimise(init0, Bfgs.MAX_ITERATIONS);
      if (css.converged()) {
        init = css.x();
      }
      if (p > 0 && !ArTransform.isStationary(Arrays.copyOfRange(init, 0, p))) {
        throw new ForecastException(
            "non-stationary AR part from CSS: the conditional estimates of the AR coefficients"
                + " are not stationary; try another order or more differencing");
      }
    }
    double[] start = init.clone();
    if (p > 0) {
      System.arraycopy(ArTransform.toUnconstrained(Arrays.copyOfRange(init, 0, p)), 0, start, 0, p);
    }
    invertMovingAverageInPlace(start, p, q);

    Bfgs bfgs = new Bfgs(par -> objectives.exact(par, true), parscale);
    Bfgs.Result result = bfgs.minimise(start, Bfgs.MAX_ITERATIONS);
    double[] raw = result.x().clone();
    double value = result.value();
    boolean changed = invertMovingAverageInPlace(raw, p, q);
    if (changed) {
      value = objectives.exact(raw, true);
    }
    double[][] hessian = bfgs.hessian(raw);
    double[][] rawVar = scaledInverse(hessian, nUsed);
    double[][] var = rawVar == null ? null : throughJacobian(rawVar, raw, p);
    double[] coef = raw.clone();
    if (p > 0) {
      double[] phi = new double[p];
      ArTransform.toCoefficients(raw, 0, p, phi, new double[p]);
      System.arraycopy(phi, 0, coef, 0, p);
    }
    return new Estimate(coef, value, standardErrors(var), result.converged());
  }

  private static boolean invertMovingAverageInPlace(double[] par, int p, int q) {
    if (q == 0) {
      return false;
    }
    double[] theta = Arrays.copyOfRange(par, p, p + q);
    double[] inverted = Polynomials.invertMovingAverage(theta);
    if (inverted == theta) {
      return false;
    }
    System.arraycopy(inverted, 0, par, p, q);
    return !Arrays.equals(inverted, theta);
  }

  /** {@code A' V A} where {@code A} is the identity but for the AR block's Jacobian. */
  private static double[][] throughJacobian(double[][] rawVar, double[] raw, int p) {
    int k = rawVar.length;
    double[][] a = new double[k][k];
    for (int i = 0; i < k; i++) {
      a[i][i] = 1;
    }
    if (p > 0) {
      double[][] block = ArTransform.jacobian(raw, p);
      for (int i = 0; i < p; i++) {
        System.arraycopy(block[i], 0, a[i], 0, p);
      }
    }
    double[][] var = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        double s = 0;
        for (int u = 0; u < k; u++) {
          for (int v = 0; v < k; v++) {
            s += a[u][i] * rawVar[u][v] * a[v][j];
          }
        }
        var[i][j] = s;
      }
    }
    return var;
  }

  private static double[][] scaledInverse(double[][] hessian, int nUsed) {
    int k = hessian.length;
    double[][] scaled = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        scaled[i][j] = hessian[i][j] * nUsed;
      }
    }
    return LinearSystems.inverse(scaled);
  }

  private static double[] standardErrors(double[][] var) {
    if (var == null) {
      return null;
    }
    double[] se = new double[var.length];
    for (int i = 0; i < se.length; i++) {
      se[i] = var[i][i] >= 0 ? Math.sqrt(var[i][i]) : Double.NaN;
    }
    return se;
  }

  private static void validate(double[] y, ArimaSpec spec, int k) {
    if (y == null) {
      throw new IllegalArgumentException("series is required");
    }
    for (int t = 0; t < y.length; t++) {
      if (!Double.isFinite(y[t])) {
        throw new ForecastException(
            "the series has a non-finite value (" + y[t] + ") at position " + (t + 1));
      }
    }
    int d = spec.order().d();
    int minimum = d + k + 1;
    if (y.length < minimum) {
      throw new ForecastException(
          spec.description()
              + " needs at least "
              + minimum
              + " observations ("
              + d
              + " for differencing, "
              + k
              + " for the coefficients, 1 for the variance); the series has "
              + y.length);
    }
    if (k > 0 && isConstant(difference(y, d))) {
      throw new ForecastException(
          "cannot fit "
              + spec.description()
              + ": the series"
              + (d > 0 ? " differenced " + d + (d == 1 ? " time" : " times") : "")
              + " is constant, so its likelihood is unbounded");
    }
  }

  private static double[] regressor(ArimaSpec spec, int n) {
    double[] x = new double[n];
    for (int t = 0; t < n; t++) {
      x[t] = spec.hasDrift() ? t + 1 : 1.0;
    }
    return x;
  }

  private static double[] difference(double[] y, int d) {
    double[] w = y.clone();
    int length = w.length;
    for (int i = 0; i < d; i++) {
      for (int t = 0; t < length - 1; t++) {
        w[t] = w[t + 1] - w[t];
      }
      length--;
    }
    return Arrays.copyOf(w, length);
  }

  private static boolean isConstant(double[] w) {
    for (double v : w) {
      if (v != w[0]) {
        return false;
      }
    }
    return true;
  }
}
