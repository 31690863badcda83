package io.breadthflow.core.forecast.distribution;

/**
 * Student's t distribution with ν degrees of freedom: distribution function through the regularised
 * incomplete beta (P(|T| &gt; t) = I<sub>ν/(ν+t²)</sub>(ν/2, 1/2); Abramowitz &amp; Stegun 26.7.1)
 * and quantile by safeguarded Newton iteration on it. Agrees with R's {@code pt} and {@code qt} to
 * about 1e-12 relative.
 */
public final class StudentT {
  private static final int MAX_ITERATIONS = 200;

  private StudentT() {}

  /** P(T ≤ t), R's {@code pt(t, df)}. */
  public static double cdf(double t, double degreesOfFreedom) {
    checkDegrees(degreesOfFreedom);
    if (Double.isNaN(t)) {
      return Double.NaN;
    }
    double upper = upperTail(Math.abs(t), degreesOfFreedom);
    return t < 0 ? upper : 1 - upper;
  }

  /** P(T &gt; |t|), R's {@code pt(-abs(t), df)}, accurate far into the tail. */
  public static double upperTail(double absT, double degreesOfFreedom) {
    checkDegrees(degreesOfFreedom);
    if (absT == Double.POSITIVE_INFINITY) {
      return 0;
    }
    double square = absT * absT;
    double denominator = degreesOfFreedom + square;
    return 0.5
        * IncompleteBeta.regularized(
            degreesOfFreedom / 2, 0.5, degreesOfFreedom / denominator, square / denominator);
  }

  /** The t with P(T ≤ t) = p, R's {@code qt(p, df)}, for 0 &lt; p &lt; 1. */
  public static double quantile(double p, double degreesOfFreedom) {
    checkDegrees(degreesOfFreedom);
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException("quantile needs 0 < p < 1, was " + p);
    }
    if (p == 0.5) {
      return 0;
    }
    double tail = Math.min(p, 1 - p);
    double t = upperTailInverse(tail, degreesOfFreedom);
    return p < 0.5 ? -t : t;
  }

  private static double upperTailInverse(double tail, double df) {
    double low = 0;
    double high = 1;
    while (upperTail(high, df) > tail) {
      low = high;
      high *= 2;
    }
    double t = (low + high) / 2;
    double logDensityConstant =
        IncompleteBeta.logGamma((df + 1) / 2)
            - IncompleteBeta.logGamma(df / 2)
            - 0.5 * Math.log(df * Math.PI);
    for (int i = 0; i < MAX_ITERATIONS; i++) {
      double excess = upperTail(t, df) - tail;
      if (excess > 0) {
        low = t;
      } else {
        high = t;
      }
      double density = Math.exp(logDensityConstant - (df + 1) / 2 * Math.log1p(t * t / df));
      double next = t + excess / density;
      if (!(next > low && next < high)) {
        next = (low + high) / 2;
      }
      if (Math.abs(next - t) <= 1e-15 * Math.abs(next) || high - low <= 1e-15 * high) {
        return next;
      }
      t = next;
    }
    return t;
  }

  private static void checkDegrees(double degreesOfFreedom) {
    if (!(degreesOfFreedom > 0)) {
      throw new IllegalArgumentException(
          "degrees of freedom must be positive, was " + degreesOfFreedom);
    }
  }
}
