package io.breadthflow.stream.support;

import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.indicator.DailyIndicatorSet;
import io.breadthflow.stream.market.IndicatorRow;
import java.time.Instant;
import java.util.Arrays;

/**
 * Indicator rows with chosen values, for the alert rules: a 1m bar of one symbol, RSI(14) and
 * 20-bar volatility set, every other indicator {@code NaN}.
 */
public final class Rows {
  private Rows() {}

  /** A row builder for bar {@code index} of {@code symbol}, starting {@code index} minutes on. */
  public static Row of(String symbol, Instant first, long index) {
    return new Row(symbol, first.plusSeconds(60 * index), index);
  }

  /** One row in the making; every value has a neutral default. */
  public static final class Row {
    private final String symbol;
    private Instant start;
    private final long index;
    private double rsi = 50;
    private double volatility = 0.2;
    private double close = 100;
    private double previousClose = 100;
    private double volume = 1_000;
    private double volumeMean = 1_000;
    private double volumeStd = 100;
    private double sma50 = 100;
    private double sma200 = 100;
    private boolean goldenCross;

    private Row(String symbol, Instant start, long index) {
      this.symbol = symbol;
      this.start = start;
      this.index = index;
    }

    public Row at(Instant start) {
      this.start = start;
      return this;
    }

    public Row rsi(double rsi) {
      this.rsi = rsi;
      return this;
    }

    public Row volatility(double volatility) {
      this.volatility = volatility;
      return this;
    }

    public Row close(double previousClose, double close) {
      this.previousClose = previousClose;
      this.close = close;
      return this;
    }

    public Row volume(double volume, double mean, double std) {
      this.volume = volume;
      this.volumeMean = mean;
      this.volumeStd = std;
      return this;
    }

    public Row goldenCross(double sma50, double sma200) {
      this.goldenCross = true;
      this.sma50 = sma50;
      this.sma200 = sma200;
      return this;
    }

    public IndicatorRow build() {
      double[] values = new double[DailyIndicatorSet.width()];
      Arrays.fill(values, Double.NaN);
      values[DailyIndicatorSet.COLUMNS.indexOf("rsi_14")] = rsi;
      values[DailyIndicatorSet.COLUMNS.indexOf("volatility_20")] = volatility;
      Bar bar =
          new Bar(
              symbol,
              Interval.ONE_MINUTE,
              start,
              previousClose,
              Math.max(previousClose, close),
              Math.min(previousClose, close),
              close,
              volume,
              close,
              10);
      return new IndicatorRow(
          bar, index, values, previousClose, sma50, sma200, goldenCross, volumeMean, volumeStd);
    }
  }
}
