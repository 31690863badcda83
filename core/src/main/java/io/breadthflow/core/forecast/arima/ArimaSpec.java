package io.breadthflow.core.forecast.arima;

/**
 * An ARIMA model to fit: its order and whether it has a constant.
 *
 * @param order the (p, d, q) order
 * @param constant a mean ({@code d = 0}) or drift ({@code d = 1}), or none
 */
public record ArimaSpec(ArimaOrder order, Constant constant) {

  public ArimaSpec {
    if (order == null || constant == null) {
      throw new IllegalArgumentException("order and constant are required");
    }
    if (constant == Constant.INCLUDED && order.d() > 1) {
      throw new IllegalArgumentException(
          "a constant needs d of 0 (mean) or 1 (drift); " + order + " has d = " + order.d());
    }
  }

  /** Shorthand for {@code new ArimaSpec(new ArimaOrder(p, d, q), constant)}. */
  public static ArimaSpec of(int p, int d, int q, Constant constant) {
    return new ArimaSpec(new ArimaOrder(p, d, q), constant);
  }

  /** Whether the constant is a drift (a constant with {@code d = 1}). */
  public boolean hasDrift() {
    return constant == Constant.INCLUDED && order.d() == 1;
  }

  /** Whether the constant is a mean (a constant with {@code d = 0}). */
  public boolean hasMean() {
    return constant == Constant.INCLUDED && order.d() == 0;
  }

  /**
   * The model as {@code forecast} prints it: {@code ARIMA(0,1,1) with drift}, {@code ARIMA(2,0,1)
   * with non-zero mean}, {@code ARIMA(0,0,0) with zero mean}, {@code ARIMA(1,1,0)}.
   */
  public String description() {
    if (hasDrift()) {
      return order + " with drift";
    }
    if (hasMean()) {
      return order + " with non-zero mean";
    }
    return order.d() == 0 ? order + " with zero mean" : order.toString();
  }
}
