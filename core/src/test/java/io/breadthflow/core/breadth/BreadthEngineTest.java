package io.breadthflow.core.breadth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.breadthflow.core.indicator.Ema;
import io.breadthflow.core.support.ReferenceTable;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BreadthEngineTest {
  private static final double NA = Double.NaN;
  private static final LocalDate DAY0 = LocalDate.of(2024, 1, 2);

  @Test
  void countsAdvancersDeclinersAndUnchangedAgainstEachStocksOwnPreviousClose() {
    double[][] close = {
      {10, 11, 11, 12},
      {20, 19, 19, 18},
      {30, 30, 31, NA},
      {NA, NA, 5, 6}
    };
    double[][] volume = {
      {100, 100, 100, 100},
      {200, 200, 200, 200},
      {300, 300, 300, 300},
      {400, 400, 400, 400}
    };

    List<BreadthRow> rows = BreadthEngine.compute(sessions(4), close, volume, DAY0);

    BreadthRow first = rows.get(0);
    assertThat(first.advancers() + first.decliners() + first.unchanged()).isZero();
    assertThat(first.adRatio()).isNaN();
    BreadthRow second = rows.get(1);
    assertThat(List.of(second.advancers(), second.decliners(), second.unchanged()))
        .containsExactly(1, 1, 1);
    assertThat(second.upVolume()).isEqualTo(100);
    assertThat(second.downVolume()).isEqualTo(200);
    assertThat(second.trin()).isEqualTo((1.0 / 1) / (100.0 / 200));
    BreadthRow third = rows.get(2);
    assertThat(List.of(third.advancers(), third.decliners(), third.unchanged()))
        .as("stock 3 has no earlier bar; stock 1 unchanged")
        .containsExactly(1, 0, 2);
    assertThat(third.adRatio()).as("no decliners").isNaN();
    assertThat(third.trin()).isNaN();
    BreadthRow fourth = rows.get(3);
    assertThat(List.of(fourth.advancers(), fourth.decliners(), fourth.unchanged()))
        .as("stock 2 has no bar on the fourth session")
        .containsExactly(2, 1, 0);
    assertThat(fourth.upVolume()).isEqualTo(500);
    assertThat(rows).extracting(BreadthRow::netAdvances).containsExactly(0, 0, 1, 1);
    assertThat(rows).extracting(BreadthRow::adLine).containsExactly(0L, 0L, 1L, 2L);
  }

  @Test
  void adLineAndSummationCountFromTheFirstOutputSession() {
    int sessions = 80;
    double[][] close = new double[3][sessions];
    for (int t = 0; t < sessions; t++) {
      close[0][t] = 100 + t;
      close[1][t] = 100 + t;
      close[2][t] = 100 - t * 0.5;
    }
    LocalDate from = DAY0.plusDays(60);

    List<BreadthRow> rows =
        BreadthEngine.compute(sessions(sessions), close, ones(3, sessions), from);

    assertThat(rows).hasSize(20);
    assertThat(rows.get(0).date()).isEqualTo(from);
    assertThat(rows).extracting(BreadthRow::adLine).startsWith(1L, 2L, 3L);
    assertThat(rows.get(0).mcclellanSummation()).isEqualTo(rows.get(0).mcclellanOscillator());
  }

  @Test
  void mcclellanOscillatorIsTheDifferenceOfSmaSeededEmasOfNetAdvances() {
    int sessions = 120;
    int stocks = 9;
    double[][] close = new double[stocks][sessions];
    double[] net = new double[sessions - 1];
    for (int t = 0; t < sessions; t++) {
      int advancing = (t * 7) % (stocks + 1);
      for (int s = 0; s < stocks; s++) {
        double previous = t == 0 ? 50 : close[s][t - 1];
        close[s][t] = t == 0 ? 50 : previous + (s < advancing ? 1 : -1);
      }
      if (t > 0) {
        net[t - 1] = advancing - (stocks - advancing);
      }
    }

    List<BreadthRow> rows =
        BreadthEngine.compute(sessions(sessions), close, ones(stocks, sessions), DAY0);

    double[] fast = Ema.compute(net, 19);
    double[] slow = Ema.compute(net, 39);
    double summation = 0;
    for (int i = 0; i < net.length; i++) {
      BreadthRow row = rows.get(i + 1);
      assertThat(row.netAdvances()).isEqualTo((int) net[i]);
      if (i < 38) {
        assertThat(row.mcclellanOscillator()).isNaN();
        assertThat(row.mcclellanSummation()).isNaN();
      } else {
        summation += fast[i] - slow[i];
        assertThat(row.mcclellanOscillator()).isEqualTo(fast[i] - slow[i]);
        assertThat(row.mcclellanSummation()).isCloseTo(summation, within(1e-9));
      }
    }
  }

  @Test
  void percentAboveMovingAverageCountsOnlyStocksWithEnoughCloses() {
    int sessions = 210;
    double[][] close = new double[3][sessions];
    for (int t = 0; t < sessions; t++) {
      close[0][t] = 100 + t;
      close[1][t] = 100 - t * 0.1;
      close[2][t] = t < 160 ? NA : 100 + t;
    }

    List<BreadthRow> rows =
        BreadthEngine.compute(sessions(sessions), close, ones(3, sessions), DAY0);

    assertThat(rows.get(48).pctAboveSma50()).isNaN();
    assertThat(rows.get(49).pctAboveSma50()).isEqualTo(50.0);
    assertThat(rows.get(209).pctAboveSma50())
        .as("third stock has 50 closes")
        .isCloseTo(200.0 / 3, within(1e-12));
    assertThat(rows.get(198).pctAboveSma200()).isNaN();
    assertThat(rows.get(199).pctAboveSma200()).isEqualTo(50.0);
  }

  @Test
  void newHighsAndLowsNeedAFullYearOfPreviousCloses() {
    int sessions = 260;
    double[][] close = new double[2][sessions];
    for (int t = 0; t < sessions; t++) {
      close[0][t] = 100 + t;
      close[1][t] = 100 - t * 0.1;
    }
    close[0][255] = 100;

    List<BreadthRow> rows =
        BreadthEngine.compute(sessions(sessions), close, ones(2, sessions), DAY0);

    assertThat(rows.subList(0, 252)).allMatch(r -> r.newHighs52w() == 0 && r.newLows52w() == 0);
    assertThat(rows.get(252).newHighs52w()).isEqualTo(1);
    assertThat(rows.get(252).newLows52w()).isEqualTo(1);
    assertThat(rows.get(255).newHighs52w()).as("a drop is no new high").isZero();
    assertThat(rows.get(256).newHighs52w()).as("above the previous 252 again").isEqualTo(1);
  }

  @Test
  void zweigThrustFiresOnceWhenTheLineCrossesAboveHighSoonAfterBeingBelowLow() {
    int stocks = 10;
    int sessions = 40;
    int[] advancing = new int[sessions];
    for (int t = 1; t < sessions; t++) {
      advancing[t] = t < 15 ? 1 : 10;
    }
    double[][] close = panelWithAdvancers(stocks, advancing);

    List<BreadthRow> rows =
        BreadthEngine.compute(sessions(sessions), close, ones(stocks, sessions), DAY0);

    double[] share = new double[sessions - 1];
    for (int t = 1; t < sessions; t++) {
      share[t - 1] = advancing[t] / 10.0;
    }
    double[] ema = Ema.compute(share, 10);
    int expectedThrust = -1;
    for (int i = 1; i < ema.length && expectedThrust < 0; i++) {
      if (ema[i] > 0.615 && ema[i - 1] <= 0.615) {
        expectedThrust = i + 1;
      }
    }
    assertThat(expectedThrust).isPositive();
    for (int t = 1; t < sessions; t++) {
      assertThat(Double.compare(rows.get(t).zbtEma10(), ema[t - 1])).isZero();
      assertThat(rows.get(t).zbtThrust()).as("session %d", t).isEqualTo(t == expectedThrust);
    }
  }

  @Test
  void noThrustWithoutAnOversoldReadingInThePreviousTenSessions() {
    int stocks = 10;
    int sessions = 60;
    int[] advancing = new int[sessions];
    for (int t = 1; t < sessions; t++) {
      advancing[t] = t < 15 ? 1 : t < 35 ? 5 : 10;
    }

    List<BreadthRow> rows =
        BreadthEngine.compute(
            sessions(sessions),
            panelWithAdvancers(stocks, advancing),
            ones(stocks, sessions),
            DAY0);

    assertThat(rows).noneMatch(BreadthRow::zbtThrust);
  }

  /**
   * The published NYSE Arms index table: a universe with the day's advancing and declining issue
   * counts, where one advancer carries all the up volume and one decliner all the down volume,
   * gives the published TRIN to its two decimals.
   */
  @Test
  void trinMatchesPublishedNyseArmsIndexTable() throws Exception {
    ReferenceTable table = ReferenceTable.load("published/trin_nyse_2001-06-13_2001-07-03.csv");
    double[] adv = table.column("AdvancingIssues");
    double[] dec = table.column("DecliningIssues");
    double[] upVolume = table.column("UpVolume");
    double[] downVolume = table.column("DownVolume");
    double[] published = table.column("TRIN_published");
    int stocks = 3200;
    BreadthEngine engine = new BreadthEngine(stocks);
    double[] close = new double[stocks];
    double[] volume = new double[stocks];
    java.util.Arrays.fill(close, 100);
    engine.update(DAY0, close, volume);
    engine.startOutput();

    for (int day = 0; day < table.size(); day++) {
      for (int s = 0; s < stocks; s++) {
        boolean advances = s < adv[day];
        boolean declines = !advances && s < adv[day] + dec[day];
        close[s] += advances ? 1 : declines ? -1 : 0;
        volume[s] = s == 0 ? upVolume[day] : s == (int) adv[day] ? downVolume[day] : 0;
      }
      BreadthRow row = engine.update(DAY0.plusDays(day + 1), close, volume);

      assertThat(row.advancers()).isEqualTo((int) adv[day]);
      assertThat(row.decliners()).isEqualTo((int) dec[day]);
      assertThat(row.trin()).isCloseTo(published[day], within(0.005 + 1e-12));
    }
  }

  private static double[][] panelWithAdvancers(int stocks, int[] advancing) {
    double[][] close = new double[stocks][advancing.length];
    for (int t = 0; t < advancing.length; t++) {
      for (int s = 0; s < stocks; s++) {
        close[s][t] = t == 0 ? 100 : close[s][t - 1] + (s < advancing[t] ? 1 : -1);
      }
    }
    return close;
  }

  private static LocalDate[] sessions(int n) {
    LocalDate[] dates = new LocalDate[n];
    for (int t = 0; t < n; t++) {
      dates[t] = DAY0.plusDays(t);
    }
    return dates;
  }

  private static double[][] ones(int stocks, int sessions) {
    double[][] volume = new double[stocks][sessions];
    for (double[] row : volume) {
      java.util.Arrays.fill(row, 1);
    }
    return volume;
  }
}
