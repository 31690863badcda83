package io.breadthflow.core.forecast.arima;

/** Dense Gaussian elimination with partial pivoting for the small systems of ARIMA fitting. */
final class LinearSystems {
  private LinearSystems() {}

  /**
   * Solves {@code A x = b} for the row-major {@code n × n} matrix {@code a}, overwriting {@code a}
   * and leaving {@code x} in {@code b}. Returns false when {@code A} is singular.
   */
  static boolean solveInPlace(double[] a, double[] b, int n) {
    for (int col = 0; col < n; col++) {
      int pivot = col;
      double largest = Math.abs(a[col * n + col]);
      for (int row = col + 1; row < n; row++) {
        double v = Math.abs(a[row * n + col]);
        if (v > largest) {
          largest = v;
          pivot = row;
        }
      }
      if (largest == 0.0 || !Double.isFinite(largest)) {
        return false;
      }
      if (pivot != col) {
        for (int k = 0; k < n; k++) {
          double t = a[col * n + k];
          a[col * n + k] = a[pivot * n + k];
          a[pivot * n + k] = t;
        }
        double t = b[col];
        b[col] = b[pivot];
        b[pivot] = t;
      }
      double diagonal = a[col * n + col];
      for (int row = col + 1; row < n; row++) {
        double factor = a[row * n + col] / diagonal;
        if (factor != 0.0) {
          for (int k = col; k < n; k++) {
            a[row * n + k] -= factor * a[col * n + k];
          }
          b[row] -= factor * b[col];
        }
      }
    }
    for (int row = n - 1; row >= 0; row--) {
      double s = b[row];
      for (int k = row + 1; k < n; k++) {
        s -= a[row * n + k] * b[k];
      }
      b[row] = s / a[row * n + row];
    }
    return true;
  }

  /**
   * The inverse of the {@code n × n} matrix {@code m}, or null when it is singular or its
   * reciprocal condition number in the 1-norm is below machine epsilon (where R's {@code solve}
   * stops with "system is computationally singular").
   */
  static double[][] inverse(double[][] m) {
    int n = m.length;
    double[][] inverse = new double[n][n];
    for (int col = 0; col < n; col++) {
      double[] a = new double[n * n];
      for (int i = 0; i < n; i++) {
        System.arraycopy(m[i], 0, a, i * n, n);
      }
      double[] e = new double[n];
      e[col] = 1;
      if (!solveInPlace(a, e, n)) {
        return null;
      }
      for (int i = 0; i < n; i++) {
        inverse[i][col] = e[i];
      }
    }
    double reciprocalCondition = 1 / (oneNorm(m) * oneNorm(inverse));
    return reciprocalCondition >= Math.ulp(1.0) ? inverse : null;
  }

  private static double oneNorm(double[][] m) {
    double norm = 0;
    for (int col = 0; col < m.length; col++) {
      double sum = 0;
      for (double[] row : m) {
        sum += Math.abs(row[col]);
      }
      norm = Math.max(norm, sum);
    }
    return norm;
  }
}
