package io.breadthflow.core.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Daily bars of many symbols on one session axis, column-oriented for cross-sectional work
 * (breadth, backtests): {@code close[s][t]} is symbol {@code s}'s close on {@code sessions[t]},
 * {@code NaN} where that symbol has no bar that session. Arrays are shared, not copied.
 *
 * @param symbols symbols, sorted; index s
 * @param sessions session dates present for any symbol, ascending; index t
 * @param open opening prices [s][t]
 * @param high highs [s][t]
 * @param low lows [s][t]
 * @param close closes [s][t]
 * @param volume volumes [s][t]
 */
public record DailyPanel(
    List<String> symbols,
    LocalDate[] sessions,
    double[][] open,
    double[][] high,
    double[][] low,
    double[][] close,
    double[][] volume) {

  /** True when symbol index {@code s} has a bar on session index {@code t}. */
  public boolean has(int s, int t) {
    return !Double.isNaN(close[s][t]);
  }
}
