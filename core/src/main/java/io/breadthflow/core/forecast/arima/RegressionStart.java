package io.breadthflow.core.forecast.arima;

/**
 * The starting value and scale of the constant: least squares of the differenced series on a column
 * of ones (the differenced intercept or drift regressor), by one Householder reflection as
 * LINPACK's {@code dqrdc2}/{@code dqrsl} behind R's {@code lm} compute it, so that the estimate and
 * its standard error agree with R's to the last bit (the optimiser's path on flat likelihoods
 * depends on them).
 *
 * @param estimate the least-squares coefficient (the mean of the differenced series)
 * @param standardError its standard error, {@code sd / sqrt(m)}
 */
record RegressionStart(double estimate, double standardError) {

  static RegressionStart onOnes(double[] y) {
    int n = y.length;
    double norm = Math.sqrt(n);
    double s = 1.0 / norm;
    double head = 1 + s;
    double dot = head * y[0];
    for (int i = 1; i < n; i++) {
      dot += s * y[i];
    }
    double t = -dot / head;
    double[] r = new double[n];
    double qty0 = y[0] + t * head;
    for (int i = 1; i < n; i++) {
      r[i] = y[i] + t * s;
    }
    double estimate = qty0 / -norm;
    double back = 0;
    for (int i = 1; i < n; i++) {
      back += s * r[i];
    }
    double t2 = -back / head;
    r[0] = t2 * head;
    for (int i = 1; i < n; i++) {
      r[i] += t2 * s;
    }
    double rss = ExactSum.ofSquares(r);
    double inverse = 1 / -norm;
    return new RegressionStart(estimate, Math.sqrt(inverse * inverse * (rss / (n - 1))));
  }
}
