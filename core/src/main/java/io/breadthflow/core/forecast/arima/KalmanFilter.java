package io.breadthflow.core.forecast.arima;

import java.util.Arrays;

/**
 * The exact Gaussian likelihood of an ARIMA model by the Kalman filter on its state space form
 * (Harvey 1989; Durbin &amp; Koopman 2012, ch. 3 and 5), differencing inside the state as R's
 * {@code arima} does: the state holds the {@code r = max(p, q + 1)} ARMA components and the last
 * {@code d} values of the series; the ARMA block starts at its stationary covariance ({@link
 * StationaryCovariance}) and the differencing block is diffuse with variance {@code kappa = 1e6}.
 * Observations whose prediction variance is {@code 1e4} or more are left out of the likelihood, as
 * in R. All work arrays are allocated once; {@link #filter} allocates nothing.
 */
final class KalmanFilter {
  static final double KAPPA = 1e6;
  private static final double DIFFUSE_GAIN = 1e4;

  private final int p;
  private final int q;
  private final int r;
  private final int d;
  private final int rd;
  private final double[] phi;
  private final double[] theta;
  private final double[] delta;
  private final StationaryCovariance q0;
  private final double[] a;
  private final double[] pm;
  private final double[] anew;
  private final double[] pnew;
  private final double[] mm;
  private final double[] m;

  private double sumSquares;
  private double sumLogGains;
  private int used;

  KalmanFilter(int p, int q, int d) {
    this.p = p;
    this.q = q;
    this.r = Math.max(p, q + 1);
    this.d = d;
    this.rd = r + d;
    this.phi = new double[p];
    this.theta = new double[q];
    this.delta = differencingPolynomial(d);
    this.q0 = new StationaryCovariance(p, q);
    this.a = new double[rd];
    this.pm = new double[rd * rd];
    this.anew = new double[rd];
    this.pnew = new double[rd * rd];
    this.mm = new double[rd * rd];
    this.m = new double[rd];
  }

  /** The coefficients of {@code 1 − (1 − B)^d} on B, B², …: d = 1 → (1); d = 2 → (2, −1). */
  private static double[] differencingPolynomial(int d) {
    double[] poly = {1};
    for (int i = 0; i < d; i++) {
      double[] next = new double[poly.length + 1];
      for (int k = 0; k < poly.length; k++) {
        next[k] += poly[k];
        next[k + 1] -= poly[k];
      }
      poly = next;
    }
    double[] delta = new double[d];
    for (int k = 0; k < d; k++) {
      delta[k] = -poly[k + 1];
    }
    return delta;
  }

  /**
   * Sets the ARMA coefficients and resets the state to its initial distribution. Returns false when
   * the stationary covariance does not exist.
   */
  boolean reset(double[] arCoefficients, double[] maCoefficients) {
    System.arraycopy(arCoefficients, 0, phi, 0, p);
    System.arraycopy(maCoefficients, 0, theta, 0, q);
    Arrays.fill(a, 0.0);
    Arrays.fill(pnew, 0.0);
    boolean ok = q0.compute(phi, theta, pnew, rd);
    for (int i = r; i < rd; i++) {
      pnew[i * rd + i] = KAPPA;
    }
    return ok;
  }

  /**
   * Runs the filter over {@code y} from the state set by {@link #reset}, leaving the final filtered
   * state for {@link #forecast}. When {@code residuals} is not null it receives the standardised
   * innovations {@code v_t / sqrt(F_t)} (R's residuals).
   */
  void filter(double[] y, double[] residuals) {
    double ssq = 0;
    double sumlog = 0;
    int nu = 0;
    for (int l = 0; l < y.length; l++) {
      transition(a, anew);
      if (l > 0) {
        predictCovariance();
      }
      double resid = y[l] - anew[0];
      for (int i = 0; i < d; i++) {
        resid -= delta[i] * anew[r + i];
      }
      for (int i = 0; i < rd; i++) {
        double tmp = pnew[i * rd];
        for (int j = 0; j < d; j++) {
          tmp += pnew[i * rd + r + j] * delta[j];
        }
        m[i] = tmp;
      }
      double gain = m[0];
      for (int j = 0; j < d; j++) {
        gain += delta[j] * m[r + j];
      }
      if (gain < DIFFUSE_GAIN) {
        nu++;
        ssq += resid * resid / gain;
        sumlog += Math.log(gain);
      }
      if (residuals != null) {
        residuals[l] = resid / Math.sqrt(gain);
      }
      for (int i = 0; i < rd; i++) {
        a[i] = anew[i] + m[i] * resid / gain;
      }
      for (int i = 0; i < rd; i++) {
        for (int j = 0; j < rd; j++) {
          pm[i * rd + j] = pnew[i * rd + j] - m[i] * m[j] / gain;
        }
      }
    }
    sumSquares = ssq;
    sumLogGains = sumlog;
    used = nu;
  }

  /** Sum of squared standardised innovations of the last {@link #filter}. */
  double sumSquares() {
    return sumSquares;
  }

  /** Sum of the log prediction variances of the last {@link #filter}. */
  double sumLogGains() {
    return sumLogGains;
  }

  /** Observations that entered the likelihood in the last {@link #filter}. */
  int used() {
    return used;
  }

  /**
   * Forecasts {@code horizon} steps from the filtered state (R's {@code KalmanForecast}), writing
   * the means and the prediction variances in units of the innovation variance. Leaves the filtered
   * state and the work arrays untouched, so concurrent forecasts are safe.
   */
  void forecast(int horizon, double[] means, double[] variances) {
    double[] state = a.clone();
    double[] cov = pm.clone();
    double[] next = new double[rd];
    double[] nextCov = new double[rd * rd];
    double[] work = new double[rd * rd];
    for (int h = 0; h < horizon; h++) {
      transition(state, next);
      System.arraycopy(next, 0, state, 0, rd);
      double fc = state[0];
      for (int i = 0; i < d; i++) {
        fc += delta[i] * state[r + i];
      }
      means[h] = fc;
      transitionCovariance(cov, nextCov, work);
      System.arraycopy(nextCov, 0, cov, 0, rd * rd);
      double var = 0;
      for (int i = 0; i < rd; i++) {
        double zi = observation(i);
        if (zi == 0.0) {
          continue;
        }
        for (int j = 0; j < rd; j++) {
          var += zi * observation(j) * cov[i * rd + j];
        }
      }
      variances[h] = var;
    }
  }

  private double observation(int i) {
    if (i == 0) {
      return 1;
    }
    return i >= r ? delta[i - r] : 0;
  }

  private void predictCovariance() {
    if (d == 0) {
      stationaryCovariance();
    } else {
      transitionCovariance(pm, pnew, mm);
    }
  }

  /**
   * {@code T P T' + R R'} without differencing, term by term in the order of R's {@code ARIMA_Like}
   * (so that rounding, which steers the optimiser on flat likelihoods, agrees).
   */
  private void stationaryCovariance() {
    for (int i = 0; i < r; i++) {
      double vi = i == 0 ? 1.0 : i - 1 < q ? theta[i - 1] : 0.0;
      for (int j = 0; j < r; j++) {
        double tmp = j == 0 ? vi : j - 1 < q ? vi * theta[j - 1] : 0.0;
        if (i < p && j < p) {
          tmp += phi[i] * phi[j] * pm[0];
        }
        if (i < r - 1 && j < r - 1) {
          tmp += pm[(i + 1) * rd + j + 1];
        }
        if (i < p && j < r - 1) {
          tmp += phi[i] * pm[(j + 1) * rd];
        }
        if (j < p && i < r - 1) {
          tmp += phi[j] * pm[(i + 1) * rd];
        }
        pnew[i * rd + j] = tmp;
      }
    }
  }

  /** {@code out = T cov T' + R R'}, using {@code mm} for {@code T cov}. */
  private void transitionCovariance(double[] cov, double[] out, double[] mm) {
    for (int i = 0; i < r; i++) {
      int dst = i * rd;
      double f = i < p ? phi[i] : 0.0;
      if (i < r - 1) {
        int src = dst + rd;
        if (i < p) {
          for (int j = 0; j < rd; j++) {
            mm[dst + j] = cov[src + j] + f * cov[j];
          }
        } else {
          System.arraycopy(cov, src, mm, dst, rd);
        }
      } else if (i < p) {
        for (int j = 0; j < rd; j++) {
          mm[dst + j] = f * cov[j];
        }
      } else {
        Arrays.fill(mm, dst, dst + rd, 0.0);
      }
    }
    if (d > 0) {
      int dst = r * rd;
      for (int j = 0; j < rd; j++) {
        double tmp = cov[j];
        for (int k = 0; k < d; k++) {
          tmp += delta[k] * cov[(r + k) * rd + j];
        }
        mm[dst + j] = tmp;
      }
      for (int i = 1; i < d; i++) {
        System.arraycopy(cov, (r + i - 1) * rd, mm, (r + i) * rd, rd);
      }
    }
    int lead = Math.min(p, r - 1);
    for (int i = 0; i < rd; i++) {
      int row = i * rd;
      double m0 = mm[row];
      for (int j = 0; j < lead; j++) {
        out[row + j] = mm[row + j + 1] + phi[j] * m0;
      }
      for (int j = lead; j < r - 1; j++) {
        out[row + j] = mm[row + j + 1];
      }
      out[row + r - 1] = r - 1 < p ? phi[r - 1] * m0 : 0.0;
      if (d > 0) {
        double tmp = m0;
        for (int k = 0; k < d; k++) {
          tmp += delta[k] * mm[row + r + k];
        }
        out[row + r] = tmp;
        for (int j = 1; j < d; j++) {
          out[row + r + j] = mm[row + r + j - 1];
        }
      }
    }
    for (int i = 0; i <= q; i++) {
      double vi = i == 0 ? 1.0 : theta[i - 1];
      for (int j = 0; j <= q; j++) {
        out[i * rd + j] += vi * (j == 0 ? 1.0 : theta[j - 1]);
      }
    }
  }

  /** {@code out = T state}. */
  private void transition(double[] state, double[] out) {
    for (int i = 0; i < r; i++) {
      double tmp = i < r - 1 ? state[i + 1] : 0.0;
      if (i < p) {
        tmp += phi[i] * state[0];
      }
      out[i] = tmp;
    }
    if (d > 0) {
      for (int i = r + 1; i < rd; i++) {
        out[i] = state[i - 1];
      }
      double tmp = state[0];
      for (int i = 0; i < d; i++) {
        tmp += delta[i] * state[r + i];
      }
      out[r] = tmp;
    }
  }
}
