package io.breadthflow.core.forecast.arima;

/**
 * The non-seasonal order of an ARIMA model (Box–Jenkins): {@code p} autoregressive terms, {@code d}
 * differences, {@code q} moving-average terms.
 */
public record ArimaOrder(int p, int d, int q) {

  public ArimaOrder {
    if (p < 0 || d < 0 || q < 0) {
      throw new IllegalArgumentException(
          "ARIMA orders must be non-negative, were (" + p + "," + d + "," + q + ")");
    }
  }

  @Override
  public String toString() {
    return "(" + p + "," + d + "," + q + ")";
  }
}
