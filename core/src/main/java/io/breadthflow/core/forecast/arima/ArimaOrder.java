package io.breadthflow.core.forecast.arima;

/**
 * The non-seasonal order of an ARIMA model (Box–Jenkins): {@code p} autoregressive terms, {@code d}
 * differences and {@code q} moving-average terms.
 *
 * @param p autoregressive order, 0 to 10
 * @param d order of differencing, 0 to 2
 * @param q moving-average order, 0 to 10
 */
public record ArimaOrder(int p, int d, int q) {

  /** Largest autoregressive or moving-average order accepted. */
  public static final int MAX_ARMA_ORDER = 10;

  /** Largest order of differencing accepted. */
  public static final int MAX_DIFFERENCES = 2;

  public ArimaOrder {
    if (p < 0 || p > MAX_ARMA_ORDER) {
      throw new IllegalArgumentException(
          "AR order p must be 0 to " + MAX_ARMA_ORDER + ", was " + p);
    }
    if (d < 0 || d > MAX_DIFFERENCES) {
      throw new IllegalArgumentException(
          "differencing order d must be 0 to " + MAX_DIFFERENCES + ", was " + d);
    }
    if (q < 0 || q > MAX_ARMA_ORDER) {
      throw new IllegalArgumentException(
          "MA order q must be 0 to " + MAX_ARMA_ORDER + ", was " + q);
    }
  }

  @Override
  public String toString() {
    return "ARIMA(" + p + "," + d + "," + q + ")";
  }
}
