package io.breadthflow.core.forecast.arima;

/**
 * An ARIMA model to fit: its order and whether it has a constant term.
 *
 * @param order the order (p, d, q)
 * @param constant {@link Constant#INCLUDED} for a mean (d = 0) or a drift (d = 1); refused for d ≥
 *     2
 */
public record ArimaSpec(ArimaOrder order, Constant constant) {

  public ArimaSpec {
    if (order == null || constant == null) {
      throw new IllegalArgumentException("order and constant are required");
    }
    if (constant == Constant.INCLUDED && order.d() >= 2) {
      throw new IllegalArgumentException(
          "a model differenced " + order.d() + " times cannot have a constant");
    }
  }

  /** The model as R's forecast package prints it, e.g. {@code ARIMA(1,1,0) with drift}. */
  public String description() {
    String base = "ARIMA" + order;
    if (order.d() == 0) {
      return base + (constant == Constant.INCLUDED ? " with non-zero mean" : " with zero mean");
    }
    return constant == Constant.INCLUDED ? base + " with drift" : base;
  }
}
