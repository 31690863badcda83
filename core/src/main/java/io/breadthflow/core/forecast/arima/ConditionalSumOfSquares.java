package io.breadthflow.core.forecast.arima;

/**
 * The conditional sum of squares of an ARIMA model (Box, Jenkins &amp; Reinsel 2008, §7.1): the
 * series is differenced {@code d} times, the first {@code ncond = d + p} values are conditioned on,
 * earlier innovations are taken as zero, and the mean squared innovation of the rest is returned,
 * as R's {@code ARIMA_CSS}. Work arrays are allocated once per series length.
 */
final class ConditionalSumOfSquares {
  private final int p;
  private final int q;
  private final int d;
  private final int ncond;
  private final double[] w;
  private final double[] residuals;

  ConditionalSumOfSquares(int p, int q, int d, int length) {
    this.p = p;
    this.q = q;
    this.d = d;
    this.ncond = d + p;
    this.w = new double[length];
    this.residuals = new double[length];
  }

  /** Mean squared conditional innovation of {@code y} for the given coefficients. */
  double meanSquare(double[] y, double[] phi, double[] theta) {
    int n = y.length;
    System.arraycopy(y, 0, w, 0, n);
    for (int i = 0; i < d; i++) {
      for (int l = n - 1; l > 0; l--) {
        w[l] -= w[l - 1];
      }
    }
    double ssq = 0;
    int nu = 0;
    for (int l = 0; l < ncond; l++) {
      residuals[l] = 0;
    }
    for (int l = ncond; l < n; l++) {
      double tmp = w[l];
      for (int j = 0; j < p; j++) {
        tmp -= phi[j] * w[l - j - 1];
      }
      int lags = Math.min(l - ncond, q);
      for (int j = 0; j < lags; j++) {
        tmp -= theta[j] * residuals[l - j - 1];
      }
      residuals[l] = tmp;
      if (!Double.isNaN(tmp)) {
        nu++;
        ssq += tmp * tmp;
      }
    }
    return ssq / nu;
  }

  /** The innovations of the last {@link #meanSquare}, zero for the conditioned observations. */
  double[] residuals() {
    return residuals.clone();
  }
}
