package io.breadthflow.core.forecast.regression;

import java.util.List;

/** The regressors, besides the intercept, that {@link LaggedRegression} predicts from. */
public enum FeatureSet {
  /** The last {@code window} simple returns r<sub>t</sub>, …, r<sub>t−window+1</sub>. */
  LAGGED_RETURNS(List.of()),
  /**
   * The lagged returns, RSI(14)/100 ({@link io.breadthflow.core.indicator.Rsi}) and the close's
   * relative distance from its SMA(20), close/SMA(20) − 1 ({@link
   * io.breadthflow.core.indicator.Sma}).
   */
  LAGGED_RETURNS_RSI_SMA(List.of("rsi14/100", "close/sma20-1"));

  /** RSI period of {@link #LAGGED_RETURNS_RSI_SMA}. */
  public static final int RSI_PERIOD = 14;

  /** SMA period of {@link #LAGGED_RETURNS_RSI_SMA}. */
  public static final int SMA_PERIOD = 20;

  private final List<String> indicatorNames;

  FeatureSet(List<String> indicatorNames) {
    this.indicatorNames = indicatorNames;
  }

  /** The names of the columns after the lagged returns. */
  public List<String> indicatorNames() {
    return indicatorNames;
  }
}
