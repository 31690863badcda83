package io.breadthflow.core.forecast.distribution;

/**
 * The regularised incomplete beta function I<sub>x</sub>(a, b) and the log-gamma function it needs,
 * evaluated by the continued fraction of Press, Teukolsky, Vetterling &amp; Flannery, <i>Numerical
 * Recipes</i> (3rd ed., 2007, §6.4) with the modified Lentz method, and the Lanczos approximation
 * of ln Γ (ibid., §6.1).
 */
public final class IncompleteBeta {
  private static final double EPSILON = 1e-16;
  private static final double TINY = 1e-300;
  private static final int MAX_ITERATIONS = 100_000;
  private static final double[] LANCZOS = {
    57.1562356658629235,
    -59.5979603554754912,
    14.1360979747417471,
    -0.491913816097620199,
    .339946499848118887e-4,
    .465236289270485756e-4,
    -.983744753048795646e-4,
    .158088703224912494e-3,
    -.210264441724104883e-3,
    .217439618115212643e-3,
    -.164318106536763890e-3,
    .844182239838527433e-4,
    -.261908384015814087e-4,
    .368991826595316234e-5
  };

  private IncompleteBeta() {}

  /** ln Γ(x) for x &gt; 0, to about 1e-15 relative. */
  public static double logGamma(double x) {
    if (!(x > 0)) {
      throw new IllegalArgumentException("logGamma needs x > 0, was " + x);
    }
    double tmp = x + 5.24218750000000000;
    tmp = (x + 0.5) * Math.log(tmp) - tmp;
    double series = 0.999999999999997092;
    double y = x;
    for (double c : LANCZOS) {
      series += c / ++y;
    }
    return tmp + Math.log(2.5066282746310005 * series / x);
  }

  /** I<sub>x</sub>(a, b) for a, b &gt; 0 and 0 ≤ x ≤ 1. */
  public static double regularized(double a, double b, double x) {
    return regularized(a, b, x, 1 - x);
  }

  /**
   * I<sub>x</sub>(a, b) given both x and 1 − x, so that callers who know 1 − x more accurately than
   * by subtraction (as the Student t tail does) keep that accuracy.
   */
  static double regularized(double a, double b, double x, double oneMinusX) {
    if (!(a > 0) || !(b > 0) || !(x >= 0) || !(x <= 1)) {
      throw new IllegalArgumentException(
          "incomplete beta needs a, b > 0 and 0 <= x <= 1, was a=" + a + " b=" + b + " x=" + x);
    }
    if (x == 0 || oneMinusX == 1) {
      return 0;
    }
    if (x == 1 || oneMinusX == 0) {
      return 1;
    }
    double front =
        Math.exp(
            logGamma(a + b)
                - logGamma(a)
                - logGamma(b)
                + a * Math.log(x)
                + b * Math.log(oneMinusX));
    if (x < (a + 1) / (a + b + 2)) {
      return front * continuedFraction(a, b, x) / a;
    }
    return 1 - front * continuedFraction(b, a, oneMinusX) / b;
  }

  private static double continuedFraction(double a, double b, double x) {
    double sum = a + b;
    double aPlus = a + 1;
    double aMinus = a - 1;
    double c = 1;
    double d = guard(1 - sum * x / aPlus);
    d = 1 / d;
    double h = d;
    for (int m = 1; m <= MAX_ITERATIONS; m++) {
      int m2 = 2 * m;
      double even = m * (b - m) * x / ((aMinus + m2) * (a + m2));
      d = 1 / guard(1 + even * d);
      c = guard(1 + even / c);
      h *= d * c;
      double odd = -(a + m) * (sum + m) * x / ((a + m2) * (aPlus + m2));
      d = 1 / guard(1 + odd * d);
      c = guard(1 + odd / c);
      double delta = d * c;
      h *= delta;
      if (Math.abs(delta - 1) < EPSILON) {
        return h;
      }
    }
    throw new ArithmeticException(
        "incomplete beta did not converge for a=" + a + " b=" + b + " x=" + x);
  }

  private static double guard(double value) {
    return Math.abs(value) < TINY ? TINY : value;
  }
}
