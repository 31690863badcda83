package io.breadthflow.core.backtest;

/** Which positions a backtest may hold. */
public enum Direction {
  /** Long positions only; a sell signal exits. */
  LONG_ONLY,
  /** Long and short positions. */
  LONG_SHORT
}
