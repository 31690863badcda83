package io.breadthflow.core.walkforward;

/**
 * The standard normal distribution. The CDF is Marsaglia's Taylor series (G. Marsaglia, "Evaluating
 * the Normal Distribution", Journal of Statistical Software 11(4), 2004), absolute error below
 * 1e-15; beyond |x| = 8.5 it is 0 or 1 to within 1e-17. The quantile solves the CDF by safeguarded
 * Newton steps.
 */
public final class Normal {
  private static final double LOG_SQRT_2PI = 0.91893853320467274178;

  private Normal() {}

  /** Φ(x). */
  public static double cdf(double x) {
    if (Double.isNaN(x)) {
      return Double.NaN;
    }
    if (x < -8.5) {
      return 0;
    }
    if (x > 8.5) {
      return 1;
    }
    double sum = x;
    double term = x;
    double previous = 0;
    double q = x * x;
    for (int i = 3; sum != previous; i += 2) {
      previous = sum;
      term *= q / i;
      sum += term;
    }
    return 0.5 + sum * Math.exp(-0.5 * q - LOG_SQRT_2PI);
  }

  /** φ(x), the density. */
  public static double density(double x) {
    return Math.exp(-0.5 * x * x - LOG_SQRT_2PI);
  }

  /** Φ⁻¹(p) for p in (0, 1); −∞ at 0, +∞ at 1. */
  public static double quantile(double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("a probability must be between 0 and 1: " + p);
    }
    if (p == 0) {
      return Double.NEGATIVE_INFINITY;
    }
    if (p == 1) {
      return Double.POSITIVE_INFINITY;
    }
    double low = -8.5;
    double high = 8.5;
    double x = 0;
    for (int i = 0; i < 200; i++) {
      double error = cdf(x) - p;
      if (error == 0) {
        return x;
      }
      if (error > 0) {
        high = x;
      } else {
        low = x;
      }
      double next = x - error / density(x);
      if (!(next > low && next < high)) {
        next = (low + high) / 2;
      }
      if (Math.abs(next - x) <= 1e-15 * Math.max(1, Math.abs(x))) {
        return next;
      }
      x = next;
    }
    return x;
  }
}
