package io.breadthflow.core.forecast.arima;

import java.util.Arrays;

/**
 * How many times to difference a series, as {@code forecast::ndiffs(test = "kpss")} decides it
 * (Hyndman &amp; Khandakar 2008): difference while the KPSS test rejects level stationarity at
 * {@code alpha}, stopping early when the series is, or becomes, constant.
 */
public final class Differencing {
  private Differencing() {}

  /** R's {@code all.equal} tolerance, which {@code forecast::is.constant} uses. */
  private static final double CONSTANT_TOLERANCE = 1.5e-8;

  /**
   * The number of differences (0..{@code maxD}) that makes {@code y} level-stationary by KPSS.
   *
   * @param alpha significance level, within [0.01, 0.10] (the span of urca's table; R clamps
   *     outside it with a warning, this refuses)
   */
  public static int ndiffs(double[] y, double alpha, int maxD) {
    if (!(alpha >= 0.01 && alpha <= 0.10)) {
      throw new IllegalArgumentException("alpha must be in [0.01, 0.10], was " + alpha);
    }
    if (maxD < 0) {
      throw new IllegalArgumentException("maxD must be non-negative, was " + maxD);
    }
    double[] x = y;
    if (isConstant(x)) {
      return 0;
    }
    Decision decision = test(x, alpha);
    if (decision == Decision.UNDECIDED) {
      return 0;
    }
    int d = 0;
    while (decision == Decision.DIFFERENCE && d < maxD) {
      d++;
      x = difference(x, 1);
      if (isConstant(x)) {
        return d;
      }
      decision = test(x, alpha);
      if (decision == Decision.UNDECIDED) {
        return d - 1;
      }
    }
    return d;
  }

  private enum Decision {
    DIFFERENCE,
    STOP,
    UNDECIDED
  }

  /** ndiffs' runTests; a NaN statistic (zero long-run variance) leaves the decision open. */
  private static Decision test(double[] x, double alpha) {
    double p = Kpss.pValue(Kpss.statistic(x, Kpss.ndiffsLags(x.length)));
    if (Double.isNaN(p)) {
      return Decision.UNDECIDED;
    }
    return p < alpha ? Decision.DIFFERENCE : Decision.STOP;
  }

  /** {@code y} differenced {@code d} times at lag 1 ({@code d} values shorter). */
  public static double[] difference(double[] y, int d) {
    double[] x = y.clone();
    for (int k = 0; k < d; k++) {
      double[] next = new double[Math.max(0, x.length - 1)];
      for (int t = 0; t < next.length; t++) {
        next[t] = x[t + 1] - x[t];
      }
      x = next;
    }
    return x;
  }

  /**
   * Whether every value equals the first within R's {@code all.equal} tolerance: the mean absolute
   * difference from the first value, over the values that differ from it, relative to their mean
   * absolute size (absolute when that size is below the tolerance), is at most 1.5e-8. An empty
   * series counts as constant.
   */
  public static boolean isConstant(double[] y) {
    if (y.length == 0) {
      return true;
    }
    double first = y[0];
    double[] differing = Arrays.stream(y).filter(v -> v != first).toArray();
    if (differing.length == 0) {
      return true;
    }
    double scale = Arrays.stream(differing).map(Math::abs).sum() / differing.length;
    if (!(scale > CONSTANT_TOLERANCE) || Double.isInfinite(scale)) {
      scale = 1;
    }
    double sum = 0;
    for (double v : differing) {
      sum += Math.abs(v - first);
    }
    return sum / (differing.length * scale) <= CONSTANT_TOLERANCE;
  }
}
