package io.breadthflow.core.breadth;

import io.breadthflow.core.indicator.RollingExtreme;
import io.breadthflow.core.indicator.Sma;

/** One stock's own history as breadth needs it: previous close, SMAs and 52-week extremes. */
final class SymbolTrack {
  static final int YEAR = 252;

  private final Sma sma50 = new Sma(50);
  private final Sma sma200 = new Sma(200);
  private final RollingExtreme high = RollingExtreme.highest(YEAR);
  private final RollingExtreme low = RollingExtreme.lowest(YEAR);
  private double previousClose = Double.NaN;
  private int closes;

  /** The close before the current one, {@code NaN} when there is none. */
  double previousClose() {
    return previousClose;
  }

  /** True when the stock has at least a year of closes before the current one. */
  boolean hasYear() {
    return closes >= YEAR;
  }

  /** Highest of the previous 252 closes (valid when {@link #hasYear}). */
  double yearHigh() {
    return high.current();
  }

  /** Lowest of the previous 252 closes (valid when {@link #hasYear}). */
  double yearLow() {
    return low.current();
  }

  /** Adds the session's close; returns nothing, read the averages afterwards. */
  void add(double close) {
    sma50.update(close);
    sma200.update(close);
    high.add(close);
    low.add(close);
    previousClose = close;
    closes++;
  }

  /** SMA(50) including the latest close, {@code NaN} with fewer than 50 closes. */
  double sma50() {
    return sma50.value();
  }

  /** SMA(200) including the latest close, {@code NaN} with fewer than 200 closes. */
  double sma200() {
    return sma200.value();
  }
}
