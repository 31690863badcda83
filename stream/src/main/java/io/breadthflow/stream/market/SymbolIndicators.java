package io.breadthflow.stream.market;

import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.indicator.DailyIndicatorSet;
import io.breadthflow.core.indicator.Sma;
import io.breadthflow.core.indicator.StdDev;

/**
 * The indicator state machines of one symbol and interval, fed final bars in time order (no Flink:
 * {@link IndicatorFunction} holds one per key; a batch computation uses it directly). Mutable, not
 * thread-safe.
 */
public final class SymbolIndicators {
  private static final int VOLUME_WINDOW = 20;
  private final DailyIndicatorSet standard = new DailyIndicatorSet();
  private final Sma sma50 = new Sma(50);
  private final Sma sma200 = new Sma(200);
  private final Sma volumeMean = new Sma(VOLUME_WINDOW);
  private final StdDev volumeStd = new StdDev(VOLUME_WINDOW, 1);
  private double previousClose = Double.NaN;
  private double previousSma50 = Double.NaN;
  private double previousSma200 = Double.NaN;
  private long bars;

  public SymbolIndicators() {}

  /** The row of the next final bar of the series. */
  public IndicatorRow update(Bar bar) {
    double[] values = new double[DailyIndicatorSet.width()];
    standard.update(bar.high(), bar.low(), bar.close(), bar.volume(), values);
    double fast = sma50.update(bar.close());
    double slow = sma200.update(bar.close());
    boolean goldenCross =
        !Double.isNaN(previousSma200) && previousSma50 <= previousSma200 && fast > slow;
    double meanBefore = volumeMean.value();
    double stdBefore = volumeStd.value();
    volumeMean.update(bar.volume());
    volumeStd.update(bar.volume());
    IndicatorRow row =
        new IndicatorRow(
            bar, bars++, values, previousClose, fast, slow, goldenCross, meanBefore, stdBefore);
    previousClose = bar.close();
    previousSma50 = fast;
    previousSma200 = slow;
    return row;
  }
}
