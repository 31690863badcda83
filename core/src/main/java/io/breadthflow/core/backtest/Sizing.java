package io.breadthflow.core.backtest;

/** How much of the equity a new position gets. */
public enum Sizing {
  /** Equity / max positions. */
  EQUAL_WEIGHT,
  /**
   * Equity / max positions × min(1, target volatility / the symbol's 20-session annualised
   * volatility).
   */
  VOLATILITY_TARGET
}
