package io.breadthflow.core.forecast.arima;

/**
 * The reparametrisation that keeps an AR polynomial stationary during maximum likelihood (Jones
 * 1980, as in R's {@code arima(transform.pars = TRUE)}): each unconstrained value is mapped by
 * {@code tanh} to a partial autocorrelation in (−1, 1) and the Durbin–Levinson recursion turns the
 * partial autocorrelations into AR coefficients.
 */
final class ArTransform {
  private static final double JACOBIAN_STEP = 1e-3;

  private ArTransform() {}

  /**
   * Writes the AR coefficients for the unconstrained {@code raw[from..from+p)} into {@code out}.
   */
  static void toCoefficients(double[] raw, int from, int p, double[] out, double[] work) {
    for (int j = 0; j < p; j++) {
      out[j] = Math.tanh(raw[from + j]);
      work[j] = out[j];
    }
    for (int j = 1; j < p; j++) {
      double a = out[j];
      for (int k = 0; k < j; k++) {
        work[k] -= a * out[j - k - 1];
      }
      System.arraycopy(work, 0, out, 0, j);
    }
  }

  /** The unconstrained values whose transform is the stationary AR coefficients {@code phi}. */
  static double[] toUnconstrained(double[] phi) {
    int p = phi.length;
    double[] pacf = phi.clone();
    double[] work = phi.clone();
    for (int j = p - 1; j > 0; j--) {
      double a = pacf[j];
      for (int k = 0; k < j; k++) {
        work[k] = (pacf[k] + a * pacf[j - k - 1]) / (1 - a * a);
      }
      System.arraycopy(work, 0, pacf, 0, j);
    }
    for (int j = 0; j < p; j++) {
      pacf[j] = atanh(pacf[j]);
    }
    return pacf;
  }

  /**
   * The Jacobian {@code A[i][j] = ∂phi_j / ∂raw_i} of the transform at {@code raw[0..p)} by forward
   * differences of step 1e-3, as R's {@code ARIMA_Gradtrans}.
   */
  static double[][] jacobian(double[] raw, int p) {
    double[] w1 = new double[p];
    double[] base = new double[p];
    double[] moved = new double[p];
    double[] work = new double[p];
    System.arraycopy(raw, 0, w1, 0, p);
    toCoefficients(w1, 0, p, base, work);
    double[][] a = new double[p][p];
    for (int i = 0; i < p; i++) {
      w1[i] += JACOBIAN_STEP;
      toCoefficients(w1, 0, p, moved, work);
      for (int j = 0; j < p; j++) {
        a[i][j] = (moved[j] - base[j]) / JACOBIAN_STEP;
      }
      w1[i] -= JACOBIAN_STEP;
    }
    return a;
  }

  /**
   * Whether {@code 1 − phi_1 z − … − phi_p z^p} has all its roots outside the unit circle, by the
   * step-down (Schur–Cohn) recursion: stationary exactly when every partial autocorrelation lies
   * strictly inside (−1, 1).
   */
  static boolean isStationary(double[] phi) {
    int p = phi.length;
    while (p > 0 && phi[p - 1] == 0.0) {
      p--;
    }
    double[] current = new double[p];
    System.arraycopy(phi, 0, current, 0, p);
    double[] next = new double[p];
    for (int j = p - 1; j >= 0; j--) {
      double a = current[j];
      if (!(Math.abs(a) < 1.0)) {
        return false;
      }
      for (int k = 0; k < j; k++) {
        next[k] = (current[k] + a * current[j - k - 1]) / (1 - a * a);
      }
      System.arraycopy(next, 0, current, 0, j);
    }
    return true;
  }

  /** Inverse hyperbolic tangent through {@code log1p}, accurate near 0 and ±1 (as C's atanh). */
  static double atanh(double x) {
    double ax = Math.abs(x);
    double t =
        ax < 0.5
            ? 0.5 * StrictMath.log1p(2 * ax + 2 * ax * ax / (1 - ax))
            : 0.5 * StrictMath.log1p((ax + ax) / (1 - ax));
    return x >= 0 ? t : -t;
  }
}
