package io.breadthflow.core.forecast.arima;

/**
 * Sums by Neumaier's compensated summation, standing in for the extended-precision accumulator of
 * R's {@code sum} (both are, but for pathological inputs, the exact sum rounded once).
 */
final class ExactSum {
  private ExactSum() {}

  /** {@code Σ x_i²}, each square rounded to double first as R's {@code sum(x^2)} does. */
  static double ofSquares(double[] x) {
    double sum = 0;
    double compensation = 0;
    for (double v : x) {
      double term = v * v;
      double t = sum + term;
      if (Math.abs(sum) >= Math.abs(term)) {
        compensation += (sum - t) + term;
      } else {
        compensation += (term - t) + sum;
      }
      sum = t;
    }
    return sum + compensation;
  }
}
