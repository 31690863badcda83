package io.breadthflow.core.forecast.regression;

import io.breadthflow.core.indicator.Rsi;
import io.breadthflow.core.indicator.Sma;
import java.util.ArrayList;
import java.util.List;

/**
 * The regression's design row at each bar of a price history: intercept, the last {@code window}
 * simple returns (newest first) and the feature set's indicators, all computed from prices up to
 * and including that bar only.
 */
final class Features {
  private final double[] closes;
  private final int window;
  private final FeatureSet set;
  private final double[] rsi;
  private final double[] sma;

  Features(double[] closes, int window, FeatureSet set) {
    this.closes = closes;
    this.window = window;
    this.set = set;
    boolean indicators = set == FeatureSet.LAGGED_RETURNS_RSI_SMA;
    this.rsi = indicators ? Rsi.compute(closes, FeatureSet.RSI_PERIOD) : null;
    this.sma = indicators ? Sma.compute(closes, FeatureSet.SMA_PERIOD) : null;
  }

  /** Column names, intercept first. */
  static List<String> names(int window, FeatureSet set) {
    List<String> names = new ArrayList<>();
    names.add("(intercept)");
    for (int lag = 0; lag < window; lag++) {
      names.add(lag == 0 ? "r[t]" : "r[t-" + lag + "]");
    }
    names.addAll(set.indicatorNames());
    return names;
  }

  /** The first bar whose row is defined. */
  int first() {
    return set == FeatureSet.LAGGED_RETURNS
        ? window
        : Math.max(window, Math.max(FeatureSet.RSI_PERIOD, FeatureSet.SMA_PERIOD - 1));
  }

  /** The design row at bar {@code t} (≥ {@link #first()}). */
  double[] row(int t) {
    double[] row = new double[1 + window + set.indicatorNames().size()];
    row[0] = 1;
    for (int lag = 0; lag < window; lag++) {
      row[1 + lag] = closes[t - lag] / closes[t - lag - 1] - 1;
    }
    if (rsi != null) {
      row[1 + window] = rsi[t] / 100;
      row[2 + window] = closes[t] / sma[t] - 1;
    }
    return row;
  }
}
