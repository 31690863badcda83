package io.breadthflow.core.forecast.regression;

/**
 * A least-squares fit: coefficients β, residual standard error σ = √(RSS/(n − k)), R² = 1 − RSS/TSS
 * (TSS about the mean, so meaningful when the design has an intercept, as R's {@code summary.lm}),
 * and the triangular factor R of X = QR, from which (X'X)⁻¹ = R⁻¹R⁻ᵀ.
 */
public final class OlsFit {
  private final double[] coefficients;
  private final double[][] r;
  private final double sigma;
  private final double rSquared;
  private final int observations;

  OlsFit(double[] coefficients, double[][] r, double sigma, double rSquared, int observations) {
    this.coefficients = coefficients;
    this.r = r;
    this.sigma = sigma;
    this.rSquared = rSquared;
    this.observations = observations;
  }

  /** β, in the order of the design's columns. */
  public double[] coefficients() {
    return coefficients.clone();
  }

  /** The residual standard error σ. */
  public double sigma() {
    return sigma;
  }

  /** The coefficient of determination R². */
  public double rSquared() {
    return rSquared;
  }

  /** n, the rows fitted. */
  public int observations() {
    return observations;
  }

  /** n − k, the residual degrees of freedom. */
  public int degreesOfFreedom() {
    return observations - coefficients.length;
  }

  /** x'β. */
  public double predict(double[] x) {
    checkLength(x);
    double sum = 0;
    for (int j = 0; j < x.length; j++) {
      sum += x[j] * coefficients[j];
    }
    return sum;
  }

  /**
   * The standard error of a new observation at x, σ·√(1 + x'(X'X)⁻¹x), as R's {@code
   * predict.lm(..., interval = "prediction")}.
   */
  public double predictionStandardError(double[] x) {
    checkLength(x);
    int k = x.length;
    double[] z = new double[k];
    double leverage = 0;
    for (int j = 0; j < k; j++) {
      double s = x[j];
      for (int i = 0; i < j; i++) {
        s -= r[i][j] * z[i];
      }
      z[j] = s / r[j][j];
      leverage += z[j] * z[j];
    }
    return sigma * Math.sqrt(1 + leverage);
  }

  private void checkLength(double[] x) {
    if (x.length != coefficients.length) {
      throw new IllegalArgumentException(
          "expected " + coefficients.length + " regressors, got " + x.length);
    }
  }
}
