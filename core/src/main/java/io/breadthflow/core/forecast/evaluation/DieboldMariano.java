package io.breadthflow.core.forecast.evaluation;

import io.breadthflow.core.forecast.ForecastException;
import io.breadthflow.core.forecast.distribution.StudentT;

/**
 * The Diebold–Mariano test of equal predictive accuracy (Diebold &amp; Mariano 1995) with the
 * small-sample correction of Harvey, Leybourne &amp; Newbold (1997), as R's {@code
 * forecast::dm.test} with its default {@code varestimator = "acf"}.
 *
 * <p>With loss differential d<sub>i</sub> = L(e1<sub>i</sub>) − L(e2<sub>i</sub>) over n errors,
 * γ<sub>k</sub> its sample autocovariances (divisor n), V = (γ<sub>0</sub> + 2Σ<sub>k=1…h−1</sub>
 * γ<sub>k</sub>)/n, the statistic is d̄/√V · √((n + 1 − 2h + h(h − 1)/n)/n), referred to Student's
 * t with n − 1 degrees of freedom. A negative statistic means the first forecasts had the smaller
 * loss. When V ≤ 0 for h &gt; 1, the test is redone with h = 1 (R warns and does the same); the
 * result's {@code horizon} says which was used.
 */
public final class DieboldMariano {
  private DieboldMariano() {}

  /** The loss applied to each error. */
  public enum Loss {
    /** e², R's {@code power = 2}. */
    SQUARED,
    /** |e|, R's {@code power = 1}. */
    ABSOLUTE;

    double of(double error) {
      return this == SQUARED ? error * error : Math.abs(error);
    }
  }

  /** The alternative hypothesis, about the first forecasts relative to the second. */
  public enum Alternative {
    /** The two differ in accuracy. */
    TWO_SIDED,
    /** The first forecasts are more accurate (smaller loss), R's {@code "less"}. */
    LESS,
    /** The first forecasts are less accurate, R's {@code "greater"}. */
    GREATER
  }

  /**
   * The test's outcome.
   *
   * @param statistic the corrected DM statistic
   * @param pValue its p-value under the alternative
   * @param horizon the h used (1 if the h asked for gave a non-positive variance)
   * @param loss the loss function
   * @param alternative the alternative hypothesis
   * @param count errors compared, n
   */
  public record Result(
      double statistic,
      double pValue,
      int horizon,
      Loss loss,
      Alternative alternative,
      int count) {}

  /** The two-sided test with squared-error loss. */
  public static Result test(double[] errors1, double[] errors2, int horizon) {
    return test(errors1, errors2, horizon, Loss.SQUARED, Alternative.TWO_SIDED);
  }

  /**
   * Tests whether {@code errors1} and {@code errors2}, forecast errors of the same targets made
   * {@code horizon} steps ahead, come from equally accurate forecasts.
   *
   * @throws ForecastException when there are fewer than 2 errors or the loss differential has no
   *     variance (for instance, identical forecasts)
   */
  public static Result test(
      double[] errors1, double[] errors2, int horizon, Loss loss, Alternative alternative) {
    int n = errors1.length;
    if (errors2.length != n) {
      throw new IllegalArgumentException(
          "error series differ in length: " + n + " and " + errors2.length);
    }
    if (horizon < 1) {
      throw new IllegalArgumentException("horizon must be at least 1, was " + horizon);
    }
    if (n < 2) {
      throw new ForecastException("the Diebold-Mariano test needs at least 2 errors, got " + n);
    }
    double[] d = new double[n];
    double mean = 0;
    for (int i = 0; i < n; i++) {
      d[i] = loss.of(errors1[i]) - loss.of(errors2[i]);
      mean += d[i];
    }
    mean /= n;
    double variance = longRunVariance(d, mean, horizon) / n;
    if (!(variance > 0)) {
      if (horizon == 1) {
        throw new ForecastException(
            "the Diebold-Mariano test is undefined: the two forecasts' losses differ by a constant");
      }
      return test(errors1, errors2, 1, loss, alternative);
    }
    double h = horizon;
    double correction = Math.sqrt((n + 1 - 2 * h + h / n * (h - 1)) / n);
    double statistic = mean / Math.sqrt(variance) * correction;
    double df = n - 1;
    double p =
        switch (alternative) {
          case TWO_SIDED -> 2 * StudentT.upperTail(Math.abs(statistic), df);
          case LESS -> StudentT.cdf(statistic, df);
          case GREATER -> StudentT.cdf(-statistic, df);
        };
    return new Result(statistic, p, horizon, loss, alternative, n);
  }

  private static double longRunVariance(double[] d, double mean, int horizon) {
    int n = d.length;
    double sum = 0;
    for (int lag = 0; lag < Math.min(horizon, n); lag++) {
      double gamma = 0;
      for (int i = 0; i + lag < n; i++) {
        gamma += (d[i] - mean) * (d[i + lag] - mean);
      }
      gamma /= n;
      sum += lag == 0 ? gamma : 2 * gamma;
    }
    return sum;
  }
}
