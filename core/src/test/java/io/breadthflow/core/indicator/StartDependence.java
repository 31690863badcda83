package io.breadthflow.core.indicator;

import java.util.List;

/**
 * Runs the daily indicator set over a series twice, from its first bar and from a later one, and
 * measures per column how far the two runs differ on the bars they share.
 */
final class StartDependence {
  /** Columns whose unit is the price (their seeds are price averages). */
  private static final List<String> PRICE_UNIT =
      List.of(
          "sma_20",
          "ema_20",
          "macd",
          "macd_signal",
          "macd_hist",
          "bb_upper",
          "bb_middle",
          "bb_lower");

  /** Oscillators bounded by 0 and 100. */
  private static final List<String> PERCENT = List.of("rsi_14", "adx_14", "stoch_k", "stoch_d");

  final double[][] full;
  final double[][] late;
  final int offset;
  final double[] scale;

  private StartDependence(double[][] full, double[][] late, int offset, double[] scale) {
    this.full = full;
    this.late = late;
    this.offset = offset;
    this.scale = scale;
  }

  static StartDependence of(
      double[] high, double[] low, double[] close, double[] volume, int offset, Seeding seeding) {
    double[][] full = run(high, low, close, volume, 0, seeding);
    double[][] late = run(high, low, close, volume, offset, seeding);
    int width = DailyIndicatorSet.width();
    double[] scale = new double[width];
    double meanClose = meanAbs(close);
    for (int c = 0; c < width; c++) {
      String name = DailyIndicatorSet.COLUMNS.get(c);
      if (PRICE_UNIT.contains(name)) {
        scale[c] = meanClose;
      } else if (PERCENT.contains(name)) {
        scale[c] = 100;
      } else {
        scale[c] = meanAbs(column(full, c));
      }
    }
    return new StartDependence(full, late, offset, scale);
  }

  /** |late − full| / scale of column {@code c} at bar {@code index} of the late run. */
  double difference(int c, int index) {
    return Math.abs(late[index][c] - full[index + offset][c]) / scale[c];
  }

  /** The largest difference of column {@code c} from {@code index} on. */
  double largestFrom(int c, int index) {
    double worst = 0;
    for (int i = index; i < late.length; i++) {
      worst = Math.max(worst, difference(c, i));
    }
    return worst;
  }

  private static double[][] run(
      double[] high, double[] low, double[] close, double[] volume, int from, Seeding seeding) {
    DailyIndicatorSet set = new DailyIndicatorSet(seeding);
    double[][] out = new double[close.length - from][DailyIndicatorSet.width()];
    for (int i = from; i < close.length; i++) {
      set.update(high[i], low[i], close[i], volume[i], out[i - from]);
    }
    return out;
  }

  private static double[] column(double[][] rows, int c) {
    double[] out = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      out[i] = rows[i][c];
    }
    return out;
  }

  private static double meanAbs(double[] values) {
    double sum = 0;
    int n = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        sum += Math.abs(v);
        n++;
      }
    }
    return n == 0 ? 1 : sum / n;
  }
}
