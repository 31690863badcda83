package io.breadthflow.core.indicator;

/**
 * How exponential averages start: the two conventions traders meet (docs/INDICATORS-CONVENTIONS.md
 * compares them indicator by indicator).
 */
public enum Seeding {
  /**
   * TA-Lib 0.4 ({@code TA_EMA}, {@code TA_MACD}, {@code TA_ATR}): an EMA is seeded with the SMA of
   * its first n inputs and has a lookback of n−1; MACD's fast EMA is seeded on the slow EMA's first
   * bar; ATR's true ranges start at the second bar. Wilder's RMA is seeded with an SMA.
   */
  TA_LIB,
  /**
   * TradingView Pine Script v5 reference implementations: {@code ta.ema} is seeded with the first
   * input (lookback 0), so {@code ta.macd} has values from the first bar; {@code ta.rma} is seeded
   * with an SMA like TA-Lib, and {@code ta.atr} = rma of {@code ta.tr(true)}, which counts the
   * first bar's high − low as a true range (lookback n−1). {@code ta.rsi} equals TA-Lib's RSI.
   */
  TRADINGVIEW
}
