package io.breadthflow.core.backtest;

import io.breadthflow.core.domain.DailyPanel;

/**
 * The benchmark: equal-weight buy and hold of some symbols, bought without costs at the open of the
 * range's second session (the first fill a strategy could get) and marked at each close; the share
 * of a symbol with no bar that session stays in cash.
 */
final class BuyAndHold {
  private BuyAndHold() {}

  static double[] curve(DailyPanel panel, int first, int[] symbols, double capital) {
    int length = panel.sessions().length - first;
    double[] curve = new double[length];
    double share = capital / symbols.length;
    double cash = capital;
    for (int s : symbols) {
      double open = panel.open()[s][first + 1];
      if (Double.isNaN(open)) {
        continue;
      }
      cash -= share;
      double shares = share / open;
      double[] close = panel.close()[s];
      double last = 0;
      for (int k = 1; k < length; k++) {
        double c = close[first + k];
        if (!Double.isNaN(c)) {
          last = c;
        }
        curve[k] += shares * last;
      }
    }
    curve[0] = capital;
    for (int k = 1; k < length; k++) {
      curve[k] += cash;
    }
    return curve;
  }
}
