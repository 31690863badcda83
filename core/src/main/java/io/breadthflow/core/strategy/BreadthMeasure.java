package io.breadthflow.core.strategy;

import io.breadthflow.core.breadth.BreadthCatalogue;
import io.breadthflow.core.breadth.BreadthEngine;

/**
 * A breadth series of the strategy language, defined exactly as {@link BreadthEngine} (or, where
 * noted, {@link BreadthCatalogue}) defines it over the scope's stocks, with the range a level
 * compared with it must lie in.
 */
public enum BreadthMeasure {
  /** {@link BreadthEngine}'s {@code pct_above_sma50}, 0 to 100. */
  PCT_ABOVE_SMA50("pct_above_sma50", 0, 100),
  /** {@link BreadthEngine}'s {@code pct_above_sma200}, 0 to 100. */
  PCT_ABOVE_SMA200("pct_above_sma200", 0, 100),
  /** {@link BreadthCatalogue}'s {@code pctAboveEma20}, 0 to 100. */
  PCT_ABOVE_EMA20("pct_above_ema20", 0, 100),
  /** Net advances A − D of the session ({@link BreadthEngine}'s {@code net_advances}). */
  NET_ADVANCES("net_advances", -1e9, 1e9),
  /**
   * {@link BreadthEngine}'s {@code ad_line}: running sum of net advances from the first session the
   * strategy sees (in a backtest, the first warm-up session).
   */
  AD_LINE("ad_line", -1e9, 1e9),
  /** {@link BreadthCatalogue}'s {@code adPercent} = (A − D)/(A + D)·100, −100 to 100. */
  AD_PERCENT("ad_percent", -100, 100),
  /** {@link BreadthEngine}'s McClellan oscillator, EMA19 − EMA39 of net advances. */
  MCCLELLAN_OSCILLATOR("mcclellan_oscillator", -1e9, 1e9),
  /** New 52-week highs − new lows (of {@link BreadthEngine}'s counts). */
  NET_NEW_HIGHS("net_new_highs", -1e9, 1e9);

  private final String code;
  private final double min;
  private final double max;

  BreadthMeasure(String code, double min, double max) {
    this.code = code;
    this.min = min;
    this.max = max;
  }

  /** The name in a strategy file. */
  public String code() {
    return code;
  }

  /** Lowest level a condition may compare with. */
  public double min() {
    return min;
  }

  /** Highest level a condition may compare with. */
  public double max() {
    return max;
  }

  /** The measure named {@code code}; an unknown name is an error listing the known ones. */
  public static BreadthMeasure parse(String code) {
    StringBuilder known = new StringBuilder();
    for (BreadthMeasure measure : values()) {
      if (measure.code.equals(code)) {
        return measure;
      }
      known.append(known.length() == 0 ? "" : ", ").append(measure.code);
    }
    throw new IllegalArgumentException("unknown breadth indicator '" + code + "': use " + known);
  }
}
