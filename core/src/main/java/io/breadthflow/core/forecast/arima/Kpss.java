package io.breadthflow.core.forecast.arima;

/**
 * The KPSS test of level stationarity (Kwiatkowski, Phillips, Schmidt &amp; Shin 1992) as R's
 * {@code urca::ur.kpss(type = "mu")} computes it: the statistic {@code Σ S_t² / (n² · s²(l))} of
 * the partial sums {@code S_t} of the demeaned series, with the Newey–West long-run variance {@code
 * s²(l)} under Bartlett weights {@code 1 − j/(l+1)}.
 */
public final class Kpss {
  private Kpss() {}

  /** urca's critical values of the level test at 10%, 5%, 2.5% and 1% (Kwiatkowski et al.). */
  private static final double[] CRITICAL = {0.347, 0.463, 0.574, 0.739};

  private static final double[] LEVELS = {0.10, 0.05, 0.025, 0.01};

  /**
   * The lag truncation that {@code forecast::ndiffs} (8.20) passes to {@code ur.kpss}: {@code
   * trunc(3·√n / 13)}.
   */
  public static int ndiffsLags(int n) {
    return (int) (3 * Math.sqrt(n) / 13);
  }

  /**
   * The statistic of {@code y} with {@code lags} autocovariances in the long-run variance; NaN when
   * that variance is zero.
   */
  public static double statistic(double[] y, int lags) {
    int n = y.length;
    if (n < 2) {
      throw new IllegalArgumentException("KPSS needs at least 2 values, had " + n);
    }
    if (lags < 0 || lags >= n) {
      throw new IllegalArgumentException("lags must be in [0, " + (n - 1) + "], was " + lags);
    }
    double mean = 0;
    for (double v : y) {
      mean += v;
    }
    mean /= n;
    double[] res = new double[n];
    double partial = 0;
    double sumPartialSquares = 0;
    double sumSquares = 0;
    for (int t = 0; t < n; t++) {
      res[t] = y[t] - mean;
      partial += res[t];
      sumPartialSquares += partial * partial;
      sumSquares += res[t] * res[t];
    }
    double longRun = sumSquares / n;
    for (int j = 1; j <= lags; j++) {
      double cov = 0;
      for (int t = j; t < n; t++) {
        cov += res[t] * res[t - j];
      }
      longRun += 2.0 / n * (1 - j / (lags + 1.0)) * cov;
    }
    double numerator = sumPartialSquares / ((double) n * n);
    return longRun == 0 ? Double.NaN : numerator / longRun;
  }

  /**
   * The p-value as {@code ndiffs} reads it from urca's table: linear interpolation between the
   * critical values, clamped to [0.01, 0.10] outside them; NaN for a NaN statistic.
   */
  public static double pValue(double statistic) {
    if (Double.isNaN(statistic)) {
      return Double.NaN;
    }
    if (statistic <= CRITICAL[0]) {
      return LEVELS[0];
    }
    for (int i = 1; i < CRITICAL.length; i++) {
      if (statistic <= CRITICAL[i]) {
        double w = (statistic - CRITICAL[i - 1]) / (CRITICAL[i] - CRITICAL[i - 1]);
        return LEVELS[i - 1] + w * (LEVELS[i] - LEVELS[i - 1]);
      }
    }
    return LEVELS[LEVELS.length - 1];
  }
}
