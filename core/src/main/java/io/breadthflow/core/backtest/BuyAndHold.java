package io.breadthflow.core.backtest;

import io.breadthflow.core.domain.DailyPanel;
import io.breadthflow.core.domain.MemberMask;
import java.util.Arrays;

/**
 * The benchmark: equal-weight buy and hold of some symbols, bought without costs at the open of the
 * range's second session (the first fill a strategy could get) and marked at each close; the share
 * of a symbol with no bar that session stays in cash.
 *
 * <p>Over a point-in-time universe the benchmark holds the symbols that are members: equal weight
 * of those of the range's second session, then, at the open of each session on which the set of
 * members changes, the whole value is re-weighted equally over the new set (a position is valued at
 * that open, or at its last close when it has no bar then; a member without a bar at that open
 * leaves its share in cash until the next change).
 */
final class BuyAndHold {
  private BuyAndHold() {}

  static double[] curve(
      DailyPanel panel, int first, int[] symbols, double capital, MemberMask members) {
    if (!changes(first, symbols, members)) {
      return curve(panel, first, symbols, capital);
    }
    int length = panel.sessions().length - first;
    double[] curve = new double[length];
    double[] shares = new double[symbols.length];
    double[] last = new double[symbols.length];
    Arrays.fill(last, Double.NaN);
    double cash = capital;
    curve[0] = capital;
    for (int k = 1; k < length; k++) {
      int t = first + k;
      if (k == 1 || changedAt(t, symbols, members)) {
        double value = cash;
        int count = 0;
        for (int i = 0; i < symbols.length; i++) {
          double open = panel.open()[symbols[i]][t];
          value += shares[i] * (Double.isNaN(open) ? valueOrZero(last[i]) : open);
          count += members.isMember(symbols[i], t) ? 1 : 0;
        }
        cash = value;
        for (int i = 0; i < symbols.length; i++) {
          double open = panel.open()[symbols[i]][t];
          boolean held = members.isMember(symbols[i], t) && !Double.isNaN(open);
          shares[i] = held ? value / count / open : 0;
          cash -= held ? value / count : 0;
        }
      }
      double total = cash;
      for (int i = 0; i < symbols.length; i++) {
        double c = panel.close()[symbols[i]][t];
        if (!Double.isNaN(c)) {
          last[i] = c;
        }
        total += shares[i] * valueOrZero(last[i]);
      }
      curve[k] = total;
    }
    return curve;
  }

  private static double valueOrZero(double price) {
    return Double.isNaN(price) ? 0 : price;
  }

  /** True when the membership of {@code symbols} differs on some session of the range. */
  private static boolean changes(int first, int[] symbols, MemberMask members) {
    if (members.isAlways()) {
      return false;
    }
    for (int t = first + 1; t < members.sessions(); t++) {
      if (t == first + 1 ? !allMembers(t, symbols, members) : changedAt(t, symbols, members)) {
        return true;
      }
    }
    return false;
  }

  private static boolean allMembers(int t, int[] symbols, MemberMask members) {
    for (int s : symbols) {
      if (!members.isMember(s, t)) {
        return false;
      }
    }
    return true;
  }

  private static boolean changedAt(int t, int[] symbols, MemberMask members) {
    for (int s : symbols) {
      if (members.isMember(s, t) != members.isMember(s, t - 1)) {
        return true;
      }
    }
    return false;
  }

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
