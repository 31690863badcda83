package io.breadthflow.core.breadth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Whaley's 5-day advance-decline thrust (Whaley, "Planes, Trains and Automobiles", Charles H. Dow
 * Award paper 2010: ADT = ΣA/(ΣA + ΣD) over 5 days, a thrust above 73.66%, a capitulation below
 * 19.05%) against a naive re-implementation on a random panel with bullish and bearish regimes.
 */
class BreadthCatalogueWhaleyTest {
  private static final double THRUST = 0.7366;
  private static final double CAPITULATION = 0.1905;

  @Test
  void whaleyRatioAndThrustMatchANaiveFiveDaySumWithThePapersThresholds() {
    int stocks = 40;
    int sessions = 400;
    Random random = new Random(20100505);
    double[][] close = new double[stocks][sessions];
    double[][] volume = new double[stocks][sessions];
    for (int t = 0; t < sessions; t++) {
      // regimes of 20 sessions: the chance of a rise swings from 5% to 95%
      double up = 0.5 + 0.45 * Math.sin(2 * Math.PI * t / 40.0);
      for (int s = 0; s < stocks; s++) {
        double draw = random.nextDouble();
        double move = draw < 0.05 ? 0 : draw < 0.05 + 0.95 * up ? 0.5 : -0.5;
        close[s][t] = t == 0 ? 100 : close[s][t - 1] + move;
        volume[s][t] = 1 + random.nextInt(100);
      }
    }
    LocalDate[] dates = new LocalDate[sessions];
    for (int t = 0; t < sessions; t++) {
      dates[t] = LocalDate.of(2010, 1, 4).plusDays(t);
    }

    List<CatalogueRow> rows = BreadthCatalogue.compute(dates, close, volume, dates[0]);

    List<int[]> counted = new ArrayList<>();
    double previous = Double.NaN;
    int ups = 0;
    int downs = 0;
    for (int t = 0; t < sessions; t++) {
      int a = 0;
      int d = 0;
      for (int s = 0; s < stocks && t > 0; s++) {
        a += close[s][t] > close[s][t - 1] ? 1 : 0;
        d += close[s][t] < close[s][t - 1] ? 1 : 0;
      }
      if (t > 0) {
        counted.add(new int[] {a, d});
      }
      double ratio = Double.NaN;
      if (counted.size() >= 5) {
        int sumA = 0;
        int sumD = 0;
        for (int[] day : counted.subList(counted.size() - 5, counted.size())) {
          sumA += day[0];
          sumD += day[1];
        }
        ratio = sumA + sumD == 0 ? Double.NaN : (double) sumA / (sumA + sumD);
      }
      Direction expected = Direction.NONE;
      if (ratio > THRUST && !(previous > THRUST)) {
        expected = Direction.UP;
      } else if (ratio < CAPITULATION && !(previous < CAPITULATION)) {
        expected = Direction.DOWN;
      }
      if (Double.isNaN(previous) || Double.isNaN(ratio)) {
        expected = Direction.NONE;
      }
      CatalogueRow row = rows.get(t);
      if (Double.isNaN(ratio)) {
        assertThat(row.whaleyRatio()).as("session %d", t).isNaN();
      } else {
        assertThat(row.whaleyRatio()).as("session %d", t).isCloseTo(ratio, within(1e-15));
        previous = ratio;
      }
      assertThat(row.whaleyThrust()).as("session %d", t).isEqualTo(expected);
      ups += expected == Direction.UP ? 1 : 0;
      downs += expected == Direction.DOWN ? 1 : 0;
    }
    assertThat(ups).as("thrusts in the bullish regimes").isGreaterThan(3);
    assertThat(downs).as("capitulations in the bearish regimes").isGreaterThan(3);
  }

  @Test
  void thrustNeedsMoreThanSeventyThreePointSixSixPercentAndCapitulationLessThanNineteen() {
    // 10 000 stocks over five sessions: 7 366 advancers a session is exactly 73.66%, not above it
    assertThat(thrustAfter(7366)).isEqualTo(Direction.NONE);
    assertThat(thrustAfter(7367)).isEqualTo(Direction.UP);
    assertThat(thrustAfter(1905)).as("exactly 19.05%").isEqualTo(Direction.NONE);
    assertThat(thrustAfter(1904)).isEqualTo(Direction.DOWN);
  }

  /**
   * The first Whaley signal of 10 000 stocks that are half advancing, half declining on sessions
   * 1-5 and then have {@code advancers} advancing (the rest declining) on sessions 6-10, so that
   * the five-session ratio reaches {@code advancers}/10 000 exactly on session 10.
   */
  private static Direction thrustAfter(int advancers) {
    int stocks = 10_000;
    int sessions = 11;
    double[][] close = new double[stocks][sessions];
    double[][] volume = new double[stocks][sessions];
    for (int s = 0; s < stocks; s++) {
      for (int t = 0; t < sessions; t++) {
        boolean rises = t <= 5 ? s % 2 == 0 : s < advancers;
        close[s][t] = t == 0 ? 100 : close[s][t - 1] + (rises ? 1 : -1);
        volume[s][t] = 1;
      }
    }
    LocalDate[] dates = new LocalDate[sessions];
    for (int t = 0; t < sessions; t++) {
      dates[t] = LocalDate.of(2010, 1, 4).plusDays(t);
    }
    List<CatalogueRow> rows = BreadthCatalogue.compute(dates, close, volume, dates[0]);
    return rows.stream()
        .map(CatalogueRow::whaleyThrust)
        .filter(d -> d != Direction.NONE)
        .findFirst()
        .orElse(Direction.NONE);
  }
}
