package io.breadthflow.core.forecast.arima;

/**
 * The check {@code forecast:::myarima} applies to each candidate: the AR polynomial {@code 1 − φ₁z
 * − … − φ_p z^p} and the MA polynomial {@code 1 + θ₁z + … + θ_q z^q}, each cut after its last
 * coefficient above 1e-8 in size, must have every root at least 1.01 from the origin.
 *
 * <p>Instead of finding the roots, the test scales the polynomial by that radius and runs the
 * Schur–Cohn step-down recursion (the Levinson–Durbin recursion backwards): every root lies outside
 * the unit circle exactly when every reflection coefficient is below 1 in size.
 */
final class UnitCircle {
  private UnitCircle() {}

  /** R's margin: a root closer to the origin than this rejects the model. */
  static final double MIN_ROOT = 1.01;

  private static final double NEGLIGIBLE = 1e-8;

  /** Whether the AR polynomial of {@code ar} has a root within {@link #MIN_ROOT}. */
  static boolean arTooClose(double[] ar) {
    return tooClose(ar, 1);
  }

  /** Whether the MA polynomial of {@code ma} has a root within {@link #MIN_ROOT}. */
  static boolean maTooClose(double[] ma) {
    return tooClose(ma, -1);
  }

  /** {@code sign} 1 for {@code 1 − Σ cᵢzⁱ}, −1 for {@code 1 + Σ cᵢzⁱ}. */
  private static boolean tooClose(double[] coefficients, int sign) {
    int degree = coefficients.length;
    while (degree > 0 && Math.abs(coefficients[degree - 1]) <= NEGLIGIBLE) {
      degree--;
    }
    double[] b = new double[degree + 1];
    double scale = 1;
    for (int i = 1; i <= degree; i++) {
      scale *= MIN_ROOT;
      b[i] = sign * coefficients[i - 1] * scale;
    }
    for (int j = degree; j >= 1; j--) {
      double k = b[j];
      if (!(Math.abs(k) < 1)) {
        return true;
      }
      double[] next = new double[j];
      for (int i = 1; i < j; i++) {
        next[i] = (b[i] + k * b[j - i]) / (1 - k * k);
      }
      b = next;
    }
    return false;
  }
}
