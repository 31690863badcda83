package io.breadthflow.core.backtest;

/**
 * Costs, sizing and constraints of a backtest.
 *
 * @param initialCapital starting cash, positive
 * @param commissionBps commission in basis points of the traded notional
 * @param commissionPerShare commission per share traded
 * @param slippageBps adverse price move on every fill, in basis points of the open
 * @param quantities fractional or whole shares
 * @param sizing position sizing rule
 * @param targetVolatility annualised volatility a position aims at under {@link
 *     Sizing#VOLATILITY_TARGET}
 * @param maxPositions most positions held at once; 0 means one per symbol
 * @param direction long-only or long/short
 * @param riskFreeRate annual risk-free rate for Sharpe and Sortino
 */
public record BacktestConfig(
    double initialCapital,
    double commissionBps,
    double commissionPerShare,
    double slippageBps,
    Quantities quantities,
    Sizing sizing,
    double targetVolatility,
    int maxPositions,
    Direction direction,
    double riskFreeRate) {

  public BacktestConfig {
    if (!(initialCapital > 0) || Double.isInfinite(initialCapital)) {
      throw new IllegalArgumentException("initial capital must be positive: " + initialCapital);
    }
    requireNonNegative("commission bps", commissionBps);
    requireNonNegative("commission per share", commissionPerShare);
    requireNonNegative("slippage bps", slippageBps);
    if (!(targetVolatility > 0)) {
      throw new IllegalArgumentException("target volatility must be positive: " + targetVolatility);
    }
    if (maxPositions < 0) {
      throw new IllegalArgumentException("max positions must be 0 or more: " + maxPositions);
    }
    if (quantities == null || sizing == null || direction == null) {
      throw new IllegalArgumentException("quantities, sizing and direction are required");
    }
    if (!Double.isFinite(riskFreeRate)) {
      throw new IllegalArgumentException("risk-free rate must be finite");
    }
  }

  /** No costs, equal weight, fractional shares, long-only, one position per symbol. */
  public static BacktestConfig defaults(double initialCapital) {
    return new BacktestConfig(
        initialCapital,
        0,
        0,
        0,
        Quantities.FRACTIONAL,
        Sizing.EQUAL_WEIGHT,
        0.15,
        0,
        Direction.LONG_ONLY,
        0);
  }

  private static void requireNonNegative(String name, double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + " must be 0 or more: " + value);
    }
  }
}
