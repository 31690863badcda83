package io.breadthflow.core.forecast.regression;

import io.breadthflow.core.forecast.ForecastException;

/**
 * Ordinary least squares by Householder QR of the design matrix (Golub &amp; Van Loan, <i>Matrix
 * Computations</i>, 4th ed., §5.2 and §5.3), without pivoting: a column whose part orthogonal to
 * the earlier columns is below {@value #RANK_TOLERANCE} of its own norm (or is all zero) makes the
 * design rank-deficient, and the fit is refused rather than silently dropping the column as R's
 * {@code lm} does.
 */
public final class Ols {
  /** Relative size below which a column counts as a combination of the earlier ones. */
  public static final double RANK_TOLERANCE = 1e-10;

  private Ols() {}

  /**
   * Fits y = Xβ + ε.
   *
   * @param rows the design matrix, one row per observation, all of equal length k (include a column
   *     of ones for an intercept)
   * @param y the response, one per row
   * @param names a name per column, used in error messages
   * @throws ForecastException when there are not more rows than columns or the columns are
   *     collinear
   */
  public static OlsFit fit(double[][] rows, double[] y, String... names) {
    int n = rows.length;
    int k = names.length;
    if (y.length != n) {
      throw new IllegalArgumentException(n + " rows but " + y.length + " responses");
    }
    if (n <= k) {
      throw new ForecastException(
          "a regression on " + k + " terms needs more than " + k + " observations, got " + n);
    }
    double[][] a = new double[k][n];
    for (int i = 0; i < n; i++) {
      if (rows[i].length != k) {
        throw new IllegalArgumentException("row " + i + " has " + rows[i].length + " columns");
      }
      for (int j = 0; j < k; j++) {
        a[j][i] = rows[i][j];
      }
    }
    double[] qty = y.clone();
    double[][] r = new double[k][k];
    for (int j = 0; j < k; j++) {
      double columnNorm = norm(a[j], 0);
      double norm = norm(a[j], j);
      if (!(norm > RANK_TOLERANCE * columnNorm)) {
        throw new ForecastException(
            "the regression term '" + names[j] + "' is constant or collinear with earlier terms");
      }
      double alpha = a[j][j] > 0 ? -norm : norm;
      double[] v = new double[n];
      v[j] = a[j][j] - alpha;
      for (int i = j + 1; i < n; i++) {
        v[i] = a[j][i];
      }
      double vv = 0;
      for (int i = j; i < n; i++) {
        vv += v[i] * v[i];
      }
      r[j][j] = alpha;
      for (int c = j + 1; c < k; c++) {
        reflect(v, vv, a[c], j);
        r[j][c] = a[c][j];
      }
      reflect(v, vv, qty, j);
    }
    double[] beta = new double[k];
    for (int j = k - 1; j >= 0; j--) {
      double s = qty[j];
      for (int c = j + 1; c < k; c++) {
        s -= r[j][c] * beta[c];
      }
      beta[j] = s / r[j][j];
    }
    double mean = 0;
    for (double v : y) {
      mean += v;
    }
    mean /= n;
    double rss = 0;
    double tss = 0;
    for (int i = 0; i < n; i++) {
      double fitted = 0;
      for (int j = 0; j < k; j++) {
        fitted += rows[i][j] * beta[j];
      }
      double residual = y[i] - fitted;
      rss += residual * residual;
      tss += (y[i] - mean) * (y[i] - mean);
    }
    return new OlsFit(beta, r, Math.sqrt(rss / (n - k)), 1 - rss / tss, n);
  }

  private static double norm(double[] column, int from) {
    double scale = 0;
    for (int i = from; i < column.length; i++) {
      scale = Math.max(scale, Math.abs(column[i]));
    }
    if (scale == 0) {
      return 0;
    }
    double sum = 0;
    for (int i = from; i < column.length; i++) {
      double x = column[i] / scale;
      sum += x * x;
    }
    return scale * Math.sqrt(sum);
  }

  /** Applies I − 2vv'/(v'v) to x in place, v being zero above index {@code from}. */
  private static void reflect(double[] v, double vv, double[] x, int from) {
    double dot = 0;
    for (int i = from; i < x.length; i++) {
      dot += v[i] * x[i];
    }
    double f = 2 * dot / vv;
    for (int i = from; i < x.length; i++) {
      x[i] -= f * v[i];
    }
  }
}
