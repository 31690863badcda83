package io.breadthflow.stream.rule;

import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.indicator.DailyIndicatorSet;
import io.breadthflow.core.rule.Observation;
import io.breadthflow.stream.market.IndicatorRow;

/** The rules on symbols' bars and indicators, keyed by symbol and interval. */
public final class BarRules extends RuleFunction<IndicatorRow> {
  private static final int SMA_20 = DailyIndicatorSet.COLUMNS.indexOf("sma_20");
  private static final int RSI = DailyIndicatorSet.COLUMNS.indexOf("rsi_14");
  private static final int MACD = DailyIndicatorSet.COLUMNS.indexOf("macd");
  private static final int MACD_SIGNAL = DailyIndicatorSet.COLUMNS.indexOf("macd_signal");
  private static final int VOLATILITY = DailyIndicatorSet.COLUMNS.indexOf("volatility_20");

  public BarRules(RuleSource source) {
    super(source);
  }

  @Override
  protected boolean observe(IndicatorRow row, Observation observation) {
    fill(row.bar(), row.values(), row.sma50(), row.sma200(), observation);
    return true;
  }

  /**
   * Fills {@code observation} with a bar and its indicators in {@link DailyIndicatorSet#COLUMNS}
   * order: the one mapping of the stream and the daily path.
   */
  public static Observation fill(
      Bar bar, double[] values, double sma50, double sma200, Observation observation) {
    return observation.bar(
        bar.symbol(),
        bar.interval(),
        bar.start(),
        bar.close(),
        values[RSI],
        values[MACD],
        values[MACD_SIGNAL],
        values[SMA_20],
        sma50,
        sma200,
        values[VOLATILITY]);
  }
}
