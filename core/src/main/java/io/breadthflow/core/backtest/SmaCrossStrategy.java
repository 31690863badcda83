package io.breadthflow.core.backtest;

import io.breadthflow.core.indicator.SmaBank;
import java.util.List;

/**
 * {@code sma-cross}: long while SMA(fast) > SMA(slow) of the symbol's closes at the close, flat
 * otherwise (short while below, in a long/short run). No position until both averages exist.
 */
public final class SmaCrossStrategy implements Strategy {
  private final int fast;
  private final int slow;
  private SmaBank fastAverage;
  private SmaBank slowAverage;

  /**
   * @param fast period of the fast average, at least 1
   * @param slow period of the slow average, above {@code fast}
   */
  public SmaCrossStrategy(int fast, int slow) {
    if (fast < 1 || slow <= fast) {
      throw new IllegalArgumentException(
          "sma-cross needs 1 <= fast < slow, got fast " + fast + " and slow " + slow);
    }
    this.fast = fast;
    this.slow = slow;
  }

  @Override
  public void start(List<String> names) {
    int symbols = names.size();
    fastAverage = new SmaBank(symbols, fast);
    slowAverage = new SmaBank(symbols, slow);
  }

  @Override
  public void onClose(SessionBars session, int[] direction) {
    double[] close = session.close();
    for (int s = 0; s < close.length; s++) {
      double c = close[s];
      if (!Double.isNaN(c)) {
        double f = fastAverage.update(s, c);
        double l = slowAverage.update(s, c);
        direction[s] = Double.isNaN(l) ? 0 : f > l ? 1 : -1;
      }
    }
  }
}
