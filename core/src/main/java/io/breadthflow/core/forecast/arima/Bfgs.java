package io.breadthflow.core.forecast.arima;

import io.breadthflow.core.forecast.ForecastException;
import java.util.Arrays;

/**
 * A variable-metric (BFGS) minimiser with an inverse-Hessian update and backtracking line search
 * (Nocedal &amp; Wright 2006, ch. 6), in the variant of Nash (1990) that R's {@code optim(method =
 * "BFGS")} uses: parameters divided by {@code parscale}, central-difference gradients with step
 * 1e-3 on the scaled parameters, stop when an accepted step improves the value by less than {@code
 * reltol} relatively. Following R's steps closely is what lands on R's estimates.
 */
final class Bfgs {

  /** A function to minimise. */
  @FunctionalInterface
  interface Objective {
    double value(double[] x);
  }

  /**
   * A minimum found.
   *
   * @param x the minimiser, unscaled
   * @param value the objective there
   * @param converged false when the iteration limit stopped the search (R's code 1)
   */
  record Result(double[] x, double value, boolean converged) {}

  static final int MAX_ITERATIONS = 100;
  static final double RELATIVE_TOLERANCE = Math.sqrt(Math.ulp(1.0));
  private static final double GRADIENT_STEP = 1e-3;
  private static final double STEP_REDUCTION = 0.2;
  private static final double ACCEPTANCE = 1e-4;
  private static final double NO_CHANGE_TEST = 10.0;

  private final Objective objective;
  private final double[] parscale;
  private final double[] unscaled;
  private final int n;

  Bfgs(Objective objective, double[] parscale) {
    this.objective = objective;
    this.parscale = parscale.clone();
    this.n = parscale.length;
    this.unscaled = new double[n];
  }

  /** Minimises from {@code start} with at most {@code maxIterations} gradient evaluations. */
  Result minimise(double[] start, int maxIterations) {
    double[] b = new double[n];
    for (int i = 0; i < n; i++) {
      b[i] = start[i] / parscale[i];
    }
    if (maxIterations <= 0) {
      return new Result(unscale(b), scaledValue(b), true);
    }
    double[] g = new double[n];
    double[] t = new double[n];
    double[] x = new double[n];
    double[] c = new double[n];
    double[][] h = new double[n][n];
    double f = scaledValue(b);
    if (!Double.isFinite(f)) {
      throw new ForecastException("the likelihood is not finite at the starting values");
    }
    double best = f;
    gradient(b, g);
    int gradients = 1;
    int iterations = 1;
    int lastReset = gradients;
    int count;
    do {
      if (lastReset == gradients) {
        for (int i = 0; i < n; i++) {
          Arrays.fill(h[i], 0.0);
          h[i][i] = 1.0;
        }
      }
      System.arraycopy(b, 0, x, 0, n);
      System.arraycopy(g, 0, c, 0, n);
      double slope = 0.0;
      for (int i = 0; i < n; i++) {
        double s = 0.0;
        for (int j = 0; j < n; j++) {
          s -= h[i][j] * g[j];
        }
        t[i] = s;
        slope += s * g[i];
      }
      if (slope < 0.0) {
        double step = 1.0;
        boolean accepted = false;
        do {
          count = 0;
          for (int i = 0; i < n; i++) {
            b[i] = x[i] + step * t[i];
            if (NO_CHANGE_TEST + x[i] == NO_CHANGE_TEST + b[i]) {
              count++;
            }
          }
          if (count < n) {
            f = scaledValue(b);
            accepted = Double.isFinite(f) && f <= best + slope * step * ACCEPTANCE;
            if (!accepted) {
              step *= STEP_REDUCTION;
            }
          }
        } while (!(count == n || accepted));
        boolean enough =
            f > Double.NEGATIVE_INFINITY
                && Math.abs(f - best) > RELATIVE_TOLERANCE * (Math.abs(best) + RELATIVE_TOLERANCE);
        if (!enough) {
          count = n;
          best = f;
        }
        if (count < n) {
          best = f;
          gradient(b, g);
          gradients++;
          iterations++;
          double d1 = 0.0;
          for (int i = 0; i < n; i++) {
            t[i] = step * t[i];
            c[i] = g[i] - c[i];
            d1 += t[i] * c[i];
          }
          if (d1 > 0) {
            double d2 = 0.0;
            for (int i = 0; i < n; i++) {
              double s = 0.0;
              for (int j = 0; j < n; j++) {
                s += h[i][j] * c[j];
              }
              x[i] = s;
              d2 += s * c[i];
            }
            d2 = 1.0 + d2 / d1;
            for (int i = 0; i < n; i++) {
              for (int j = 0; j <= i; j++) {
                h[i][j] += (d2 * t[i] * t[j] - x[i] * t[j] - t[i] * x[j]) / d1;
                h[j][i] = h[i][j];
              }
            }
          } else {
            lastReset = gradients;
          }
        } else if (lastReset < gradients) {
          count = 0;
          lastReset = gradients;
        }
      } else {
        count = 0;
        if (lastReset == gradients) {
          count = n;
        } else {
          lastReset = gradients;
        }
      }
      if (iterations >= maxIterations) {
        break;
      }
      if (gradients - lastReset > 2 * n) {
        lastReset = gradients;
      }
    } while (count != n || lastReset != gradients);
    return new Result(unscale(b), best, iterations < maxIterations);
  }

  /**
   * The Hessian at {@code at} (unscaled) by central differences of the numerical gradient, as R's
   * {@code optimHess}: outer steps of 1e-3 in the unscaled parameters, symmetrised.
   */
  double[][] hessian(double[] at) {
    double[] p = new double[n];
    for (int i = 0; i < n; i++) {
      p[i] = at[i] / parscale[i];
    }
    double[] up = new double[n];
    double[] down = new double[n];
    double[][] hessian = new double[n][n];
    for (int i = 0; i < n; i++) {
      double eps = GRADIENT_STEP / parscale[i];
      p[i] += eps;
      gradient(p, up);
      p[i] -= 2 * eps;
      gradient(p, down);
      for (int j = 0; j < n; j++) {
        hessian[i][j] = (up[j] - down[j]) / (2 * eps * parscale[i] * parscale[j]);
      }
      p[i] += eps;
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        double mean = 0.5 * (hessian[i][j] + hessian[j][i]);
        hessian[i][j] = mean;
        hessian[j][i] = mean;
      }
    }
    return hessian;
  }

  private void gradient(double[] p, double[] g) {
    for (int i = 0; i < n; i++) {
      double saved = p[i];
      p[i] = saved + GRADIENT_STEP;
      double up = scaledValue(p);
      p[i] = saved - GRADIENT_STEP;
      double down = scaledValue(p);
      p[i] = saved;
      g[i] = (up - down) / (2 * GRADIENT_STEP);
      if (!Double.isFinite(g[i])) {
        throw new ForecastException(
            "the likelihood is not finite near the estimates (R: non-finite finite-difference value)");
      }
    }
  }

  private double scaledValue(double[] p) {
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(p[i])) {
        throw new ForecastException("the optimiser diverged to non-finite parameters");
      }
      unscaled[i] = p[i] * parscale[i];
    }
    return objective.value(unscaled);
  }

  private double[] unscale(double[] p) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = p[i] * parscale[i];
    }
    return x;
  }
}
