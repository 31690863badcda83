package io.breadthflow.core.signal;

/**
 * A composite-signal strategy: component weights and action thresholds.
 *
 * @param name strategy name, stored with each signal
 * @param breadth weight of the market's breadth regime
 * @param trend weight of the symbol's trend
 * @param momentum weight of the symbol's momentum
 * @param volatility weight of the symbol's volatility regime
 * @param buyThreshold score at or above which the action is BUY, in (0, 1]
 * @param sellThreshold score at or below which the action is SELL, in [−1, 0)
 */
public record SignalWeights(
    String name,
    double breadth,
    double trend,
    double momentum,
    double volatility,
    double buyThreshold,
    double sellThreshold)
    implements java.io.Serializable {

  public SignalWeights {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("strategy name must not be empty");
    }
    for (double w : new double[] {breadth, trend, momentum, volatility}) {
      if (!(w >= 0) || Double.isInfinite(w)) {
        throw new IllegalArgumentException("weights must be finite and 0 or more");
      }
    }
    if (!(breadth + trend + momentum + volatility > 0)) {
      throw new IllegalArgumentException("at least one weight must be positive");
    }
    if (!(buyThreshold > 0 && buyThreshold <= 1)) {
      throw new IllegalArgumentException("buy threshold must be in (0, 1]: " + buyThreshold);
    }
    if (!(sellThreshold < 0 && sellThreshold >= -1)) {
      throw new IllegalArgumentException("sell threshold must be in [-1, 0): " + sellThreshold);
    }
  }

  /**
   * The documented default, {@code composite}: breadth 0.30, trend 0.30, momentum 0.25, volatility
   * 0.15; BUY at 0.30 or more, SELL at −0.30 or less.
   */
  public static SignalWeights defaults() {
    return new SignalWeights("composite", 0.30, 0.30, 0.25, 0.15, 0.30, -0.30);
  }
}
