package io.breadthflow.stream.market;

import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.indicator.DailyIndicatorSet;

/**
 * A final bar with the indicators as of its close.
 *
 * @param bar the bar
 * @param barIndex the bar's number in its symbol's series (0 for the first)
 * @param values the standard set, in the order of {@link DailyIndicatorSet#COLUMNS} ({@code NaN}
 *     during warm-up)
 * @param previousClose the close of the symbol's previous bar, {@code NaN} for the first
 * @param sma50 50-bar simple moving average of the close
 * @param sma200 200-bar simple moving average of the close
 * @param goldenCross SMA50 crossed above SMA200 on this bar
 * @param volumeMean mean volume of the previous 20 bars ({@code NaN} before there are 20)
 * @param volumeStd population standard deviation of the volume of the previous 20 bars
 */
public record IndicatorRow(
    Bar bar,
    long barIndex,
    double[] values,
    double previousClose,
    double sma50,
    double sma200,
    boolean goldenCross,
    double volumeMean,
    double volumeStd) {

  /** The value of the named column of {@link DailyIndicatorSet#COLUMNS}. */
  public double value(String column) {
    int index = DailyIndicatorSet.COLUMNS.indexOf(column);
    if (index < 0) {
      throw new IllegalArgumentException("no indicator column " + column);
    }
    return values[index];
  }

  /** Volume over its previous 20-bar mean; {@code NaN} before there is one. */
  public double volumeRatio() {
    return volumeMean > 0 ? bar.volume() / volumeMean : Double.NaN;
  }

  /** Volume's z-score against the previous 20 bars; {@code NaN} when they do not vary. */
  public double volumeZScore() {
    return volumeStd > 0 ? (bar.volume() - volumeMean) / volumeStd : Double.NaN;
  }
}
