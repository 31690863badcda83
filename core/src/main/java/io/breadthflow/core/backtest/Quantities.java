package io.breadthflow.core.backtest;

/** How a backtest sizes its fills. */
public enum Quantities {
  /** Any positive quantity, as a fraction of a share if need be. */
  FRACTIONAL,
  /** Quantities rounded down to whole shares. */
  WHOLE_SHARES
}
