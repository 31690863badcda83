package io.breadthflow.core.backtest;

import io.breadthflow.core.domain.DailyPanel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Small panels for backtest tests. */
final class Panels {
  static final LocalDate DAY0 = LocalDate.of(2024, 1, 2);

  private Panels() {}

  /** One symbol per row of {@code open}/{@code close}; high/low envelop them, volume 1000. */
  static DailyPanel of(double[][] open, double[][] close) {
    int symbols = close.length;
    int sessions = close[0].length;
    double[][] high = new double[symbols][sessions];
    double[][] low = new double[symbols][sessions];
    double[][] volume = new double[symbols][sessions];
    List<String> names = new ArrayList<>();
    for (int s = 0; s < symbols; s++) {
      names.add("S" + s);
      for (int t = 0; t < sessions; t++) {
        high[s][t] = Math.max(open[s][t], close[s][t]);
        low[s][t] = Math.min(open[s][t], close[s][t]);
        volume[s][t] = 1000;
      }
    }
    return new DailyPanel(names, dates(sessions), open, high, low, close, volume);
  }

  /** A seeded random walk of {@code symbols} stocks over {@code sessions} sessions. */
  static DailyPanel randomWalk(int symbols, int sessions, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] open = new double[symbols][sessions];
    double[][] close = new double[symbols][sessions];
    for (int s = 0; s < symbols; s++) {
      double price = 50 + 50 * random.nextDouble();
      for (int t = 0; t < sessions; t++) {
        open[s][t] = price * Math.exp(0.005 * random.nextGaussian());
        close[s][t] = open[s][t] * Math.exp(0.015 * random.nextGaussian());
        price = close[s][t];
      }
    }
    return of(open, close);
  }

  static LocalDate[] dates(int sessions) {
    LocalDate[] dates = new LocalDate[sessions];
    for (int t = 0; t < sessions; t++) {
      dates[t] = DAY0.plusDays(t);
    }
    return dates;
  }

  /** A strategy that always wants {@code direction} in every symbol. */
  static Strategy always(int direction) {
    return new Strategy() {
      @Override
      public void start(List<String> symbols) {}

      @Override
      public void onClose(SessionBars session, int[] wanted) {
        java.util.Arrays.fill(wanted, direction);
      }
    };
  }
}
