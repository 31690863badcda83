package io.breadthflow.core.forecast.arima;

/**
 * Complex roots of small real polynomials (Aberth–Ehrlich iteration with Newton polishing) and the
 * two uses ARIMA makes of them: the smallest root modulus and the inversion of a moving-average
 * polynomial by reflecting its roots inside the unit circle (as R's {@code maInvert}).
 */
final class Polynomials {
  private static final int MAX_ITERATIONS = 500;

  private Polynomials() {}

  /**
   * The roots of {@code c[0] + c[1] z + … + c[m] z^m} (trailing zero coefficients dropped) as
   * {@code {re[], im[]}}.
   */
  static double[][] roots(double[] c) {
    int m = c.length - 1;
    while (m > 0 && c[m] == 0.0) {
      m--;
    }
    double[] re = new double[m];
    double[] im = new double[m];
    if (m == 0) {
      return new double[][] {re, im};
    }
    double[] monic = new double[m + 1];
    for (int i = 0; i <= m; i++) {
      monic[i] = c[i] / c[m];
    }
    double bound = 0;
    for (int i = 0; i < m; i++) {
      bound = Math.max(bound, Math.abs(monic[i]));
    }
    double radius = Math.min(1 + bound, Math.max(1e-3, Math.pow(Math.abs(monic[0]), 1.0 / m)));
    for (int k = 0; k < m; k++) {
      double angle = 2 * Math.PI * k / m + 0.4;
      re[k] = radius * Math.cos(angle);
      im[k] = radius * Math.sin(angle);
    }
    double[] value = new double[2];
    double[] derivative = new double[2];
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      double largestMove = 0;
      for (int k = 0; k < m; k++) {
        evaluate(monic, re[k], im[k], value, derivative);
        double[] ratio = divide(value[0], value[1], derivative[0], derivative[1]);
        double sumRe = 0;
        double sumIm = 0;
        for (int j = 0; j < m; j++) {
          if (j != k) {
            double[] inv = divide(1, 0, re[k] - re[j], im[k] - im[j]);
            sumRe += inv[0];
            sumIm += inv[1];
          }
        }
        double denRe = 1 - (ratio[0] * sumRe - ratio[1] * sumIm);
        double denIm = -(ratio[0] * sumIm + ratio[1] * sumRe);
        double[] move = divide(ratio[0], ratio[1], denRe, denIm);
        if (!Double.isFinite(move[0]) || !Double.isFinite(move[1])) {
          move = ratio;
        }
        if (Double.isFinite(move[0]) && Double.isFinite(move[1])) {
          re[k] -= move[0];
          im[k] -= move[1];
          largestMove =
              Math.max(
                  largestMove,
                  Math.hypot(move[0], move[1]) / Math.max(1, Math.hypot(re[k], im[k])));
        }
      }
      if (largestMove < 1e-15) {
        break;
      }
    }
    return new double[][] {re, im};
  }

  /**
   * The smallest modulus among the roots of {@code 1 + sign·(a_1 z + … + a_m z^m)} after dropping
   * coefficients of magnitude at most {@code 1e-8} at the end; {@code +∞} when none remain.
   */
  static double smallestRootModulus(double[] a, double sign) {
    int last = a.length;
    while (last > 0 && Math.abs(a[last - 1]) <= 1e-8) {
      last--;
    }
    double[] c = new double[last + 1];
    c[0] = 1;
    for (int i = 0; i < last; i++) {
      c[i + 1] = sign * a[i];
    }
    double[][] r = roots(c);
    double smallest = Double.POSITIVE_INFINITY;
    for (int i = 0; i < r[0].length; i++) {
      smallest = Math.min(smallest, Math.hypot(r[0][i], r[1][i]));
    }
    return smallest;
  }

  /**
   * An invertible moving-average polynomial with the same autocorrelations as {@code 1 + theta_1 z
   * + … + theta_q z^q}: roots inside the unit circle are replaced by their reciprocals. Returns
   * {@code theta} itself when it is already invertible.
   */
  static double[] invertMovingAverage(double[] theta) {
    int q = theta.length;
    int q0 = q;
    while (q0 > 0 && theta[q0 - 1] == 0.0) {
      q0--;
    }
    if (q0 == 0) {
      return theta;
    }
    double[] c = new double[q0 + 1];
    c[0] = 1;
    System.arraycopy(theta, 0, c, 1, q0);
    double[][] r = roots(c);
    boolean any = false;
    for (int i = 0; i < q0; i++) {
      any |= Math.hypot(r[0][i], r[1][i]) < 1;
    }
    if (!any) {
      return theta;
    }
    double[] inverted = new double[q];
    if (q0 == 1) {
      inverted[0] = 1 / theta[0];
      return inverted;
    }
    double[] polyRe = new double[q0 + 1];
    double[] polyIm = new double[q0 + 1];
    polyRe[0] = 1;
    int degree = 0;
    for (int k = 0; k < q0; k++) {
      double rootRe = r[0][k];
      double rootIm = r[1][k];
      if (Math.hypot(rootRe, rootIm) < 1) {
        double[] inv = divide(1, 0, rootRe, rootIm);
        rootRe = inv[0];
        rootIm = inv[1];
      }
      double[] inv = divide(1, 0, rootRe, rootIm);
      for (int i = degree + 1; i >= 1; i--) {
        double prevRe = polyRe[i - 1];
        double prevIm = polyIm[i - 1];
        polyRe[i] -= prevRe * inv[0] - prevIm * inv[1];
        polyIm[i] -= prevRe * inv[1] + prevIm * inv[0];
      }
      degree++;
    }
    System.arraycopy(polyRe, 1, inverted, 0, q0);
    return inverted;
  }

  private static void evaluate(double[] c, double re, double im, double[] value, double[] slope) {
    int m = c.length - 1;
    double vRe = c[m];
    double vIm = 0;
    double dRe = 0;
    double dIm = 0;
    for (int i = m - 1; i >= 0; i--) {
      double ndRe = dRe * re - dIm * im + vRe;
      double ndIm = dRe * im + dIm * re + vIm;
      dRe = ndRe;
      dIm = ndIm;
      double nvRe = vRe * re - vIm * im + c[i];
      double nvIm = vRe * im + vIm * re;
      vRe = nvRe;
      vIm = nvIm;
    }
    value[0] = vRe;
    value[1] = vIm;
    slope[0] = dRe;
    slope[1] = dIm;
  }

  private static double[] divide(double aRe, double aIm, double bRe, double bIm) {
    double den = bRe * bRe + bIm * bIm;
    return new double[] {(aRe * bRe + aIm * bIm) / den, (aIm * bRe - aRe * bIm) / den};
  }
}
