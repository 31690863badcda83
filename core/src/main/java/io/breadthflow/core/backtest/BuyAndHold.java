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
    double[] shares = new double[symbols.length];
    double[] last = new double[symbols.length];
    double cash = capital;
    curve[0] = capital;
    for (int i = 0; i < symbols.length; i++) {
      int s = symbols[i];
      double open = panel.open()[s][first + 1];
      if (!Double.isNaN(open)) {
        shares[i] = capital / symbols.length / open;
        cash -= capital / symbols.length;
      }
    }
    for (int k = 1; k < length; k++) {
      double value = cash;
      for (int i = 0; i < symbols.length; i++) {
        double close = panel.close()[symbols[i]][first + k];
        if (!Double.isNaN(close)) {
          last[i] = close;
        }
        value += shares[i] * last[i];
      }
      curve[k] = value;
    }
    return curve;
  }
}
