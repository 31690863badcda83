package io.breadthflow.core.breadth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.breadthflow.core.domain.DailyPanel;
import io.breadthflow.core.indicator.Ema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BreadthCatalogueTest {
  private static final double NA = Double.NaN;
  private static final LocalDate DAY0 = LocalDate.of(2024, 1, 2);

  @Test
  void adPercentAndAdVolumeLineAndPercentCountAgainstEachStocksPreviousClose() {
    double[][] close = {
      {10, 11, 12},
      {20, 19, 20},
      {30, 31, 30},
      {40, 40, NA}
    };
    double[][] volume = {
      {100, 100, 100},
      {200, 200, 200},
      {300, 300, 300},
      {400, 400, 400}
    };

    List<CatalogueRow> rows = BreadthCatalogue.compute(sessions(3), close, volume, DAY0);

    CatalogueRow first = rows.get(0);
    assertThat(first.adPercent()).as("no stock has a previous close").isNaN();
    assertThat(first.adVolumePercent()).isNaN();
    assertThat(first.adVolumeLine()).isZero();
    assertThat(first.absoluteBreadth()).isNaN();
    CatalogueRow second = rows.get(1);
    assertThat(second.adPercent()).as("A=2, D=1, U=1").isCloseTo(100.0 / 3, within(1e-12));
    assertThat(second.adVolumeLine()).as("up 400, down 200").isEqualTo(200);
    assertThat(second.adVolumePercent()).isCloseTo(100.0 / 3, within(1e-12));
    assertThat(second.absoluteBreadth()).isEqualTo(1);
    CatalogueRow third = rows.get(2);
    assertThat(third.adVolumeLine()).as("up 300, down 300").isEqualTo(200);
    assertThat(third.adVolumePercent()).isZero();
  }

  @Test
  void adPercentReproducesChartSchoolsWorkedExample() {
    // StockCharts ChartSchool, "Advance-Decline Percent": the Technology SPDR's 77 stocks,
    // 70 advances and 7 declines give +81.81%; 12 advances and 65 declines give -68.83% (printed
    // to two decimals, 81.81 truncating 81.818).
    int stocks = 77;
    double[][] close = new double[stocks][3];
    for (int s = 0; s < stocks; s++) {
      close[s][0] = 50;
      close[s][1] = s < 70 ? 51 : 49;
      close[s][2] = close[s][1] + (s < 12 ? 1 : -1);
    }

    List<CatalogueRow> rows = BreadthCatalogue.compute(sessions(3), close, ones(stocks, 3), DAY0);

    assertThat(rows.get(1).adPercent()).isCloseTo(81.81, within(0.01));
    assertThat(rows.get(2).adPercent()).isCloseTo(-68.83, within(0.01));
  }

  @Test
  void ninetyPercentDayNeedsBothTheVolumeAndThePointsTest() {
    double[][] close = {
      {100, 110, 111, 101, 100},
      {50, 49, 48, 49, 50}
    };
    double[][] volume = {
      {95, 95, 95, 95, 95},
      {5, 5, 5, 5, 5}
    };

    List<CatalogueRow> rows = BreadthCatalogue.compute(sessions(5), close, volume, DAY0);

    assertThat(rows)
        .extracting(CatalogueRow::ninetyPercentDay)
        .as("95% up volume and 10 of 11 points; then 1 of 2 points; then down 10 of 11; 1 of 2")
        .containsExactly(
            Direction.NONE, Direction.UP, Direction.NONE, Direction.DOWN, Direction.NONE);
  }

  @Test
  void ratioAdjustedMcclellanIsEmaDifferenceOfRanaAndSummationStartsAtOneThousand() {
    int sessions = 120;
    int stocks = 9;
    int flat = 60;
    double[][] close = new double[stocks][sessions];
    List<Double> rana = new ArrayList<>();
    for (int t = 0; t < sessions; t++) {
      int advancing = (t * 7) % (stocks + 1);
      for (int s = 0; s < stocks; s++) {
        int step = t == flat ? 0 : s < advancing ? 1 : -1;
        close[s][t] = t == 0 ? 50 : close[s][t - 1] + step;
      }
      if (t > 0 && t != flat) {
        rana.add(1000 * ((double) (advancing - (stocks - advancing)) / stocks));
      }
    }
    LocalDate from = DAY0.plusDays(45);

    List<CatalogueRow> rows =
        BreadthCatalogue.compute(sessions(sessions), close, ones(stocks, sessions), DAY0);
    List<CatalogueRow> fromLater =
        BreadthCatalogue.compute(sessions(sessions), close, ones(stocks, sessions), from);

    double[] values = rana.stream().mapToDouble(Double::doubleValue).toArray();
    double[] fast = Ema.compute(values, 19);
    double[] slow = Ema.compute(values, 39);
    assertThat(rows.get(flat).rana()).as("all unchanged").isNaN();
    assertThat(rows.get(flat).raOscillator()).isNaN();
    assertThat(rows.get(38).raOscillator()).isNaN();
    assertThat(rows.get(39).raOscillator()).isEqualTo(fast[38] - slow[38]);
    assertThat(rows.get(39).raSummation()).isEqualTo(1000 + fast[38] - slow[38]);
    double summation = 1000;
    int i = 0;
    for (int t = 1; t < sessions; t++) {
      if (t == flat) {
        assertThat(rows.get(t).raSummation()).isEqualTo(rows.get(t - 1).raSummation());
        continue;
      }
      assertThat(rows.get(t).rana()).isEqualTo(values[i]);
      if (i >= 38) {
        summation += fast[i] - slow[i];
        assertThat(rows.get(t).raOscillator()).isEqualTo(fast[i] - slow[i]);
        assertThat(rows.get(t).raSummation()).isCloseTo(summation, within(1e-9));
      }
      i++;
    }
    assertThat(fromLater.get(0).raSummation())
        .as("summation starts at the first output session")
        .isEqualTo(1000 + fromLater.get(0).raOscillator());
  }

  @Test
  void recordHighPercentHighLowIndexAndHighsLowsLineNeedAYearOfCloses() {
    int sessions = 270;
    double[][] close = new double[3][sessions];
    for (int t = 0; t < sessions; t++) {
      close[0][t] = 100 + Math.min(t, 262);
      close[1][t] = 100 - 0.5 * Math.min(t, 255);
      close[2][t] = 50;
    }

    List<CatalogueRow> rows =
        BreadthCatalogue.compute(sessions(sessions), close, ones(3, sessions), DAY0);

    assertThat(rows.get(251).recordHighPercent()).isNaN();
    assertThat(rows.get(252).recordHighPercent()).as("one high, one low").isEqualTo(50);
    assertThat(rows.get(256).recordHighPercent()).as("one high, no low").isEqualTo(100);
    assertThat(rows.get(263).recordHighPercent()).as("neither: neutral").isEqualTo(50);
    assertThat(rows.get(260).highLowIndex()).isNaN();
    assertThat(rows.get(261).highLowIndex()).as("(4 × 50 + 6 × 100)/10").isEqualTo(80);
    assertThat(rows.get(263).highLowIndex()).as("(3 × 50 + 7 × 100)/10").isEqualTo(85);
    assertThat(rows)
        .extracting(CatalogueRow::highsLowsLine)
        .containsSequence(0L, 0L, 0L, 0L, 1L, 2L)
        .endsWith(7L, 7L, 7L);
    assertThat(rows.get(255).highsLowsLine()).isZero();
    assertThat(rows.get(262).highsLowsLine()).isEqualTo(7);
  }

  @Test
  void percentAboveEma20AndGoldenCrossCountOnlyStocksWithEnoughClosesAndTiesAreNotAbove() {
    int sessions = 210;
    double[][] close = new double[4][sessions];
    for (int t = 0; t < sessions; t++) {
      close[0][t] = 100 + t;
      close[1][t] = 100 - t * 0.1;
      close[2][t] = t < 150 ? NA : 100 + t;
      close[3][t] = 0.1;
    }

    List<CatalogueRow> rows =
        BreadthCatalogue.compute(sessions(sessions), close, ones(4, sessions), DAY0);

    assertThat(rows.get(18).pctAboveEma20()).isNaN();
    assertThat(rows.get(19).pctAboveEma20()).isCloseTo(100.0 / 3, within(1e-12));
    assertThat(rows.get(168).pctAboveEma20()).isCloseTo(100.0 / 3, within(1e-12));
    assertThat(rows.get(169).pctAboveEma20()).as("third stock has 20 closes").isEqualTo(50);
    assertThat(rows.get(198).pctGoldenCross()).isNaN();
    assertThat(rows.get(199).pctGoldenCross()).isCloseTo(100.0 / 3, within(1e-12));
    assertThat(rows.get(209).pctGoldenCross()).isCloseTo(100.0 / 3, within(1e-12));
  }

  @Test
  void stixIsANinePercentAverageSeededWithTheMeanOfItsFirst21Values() {
    int[] advancing = new int[24];
    Arrays.fill(advancing, 5);
    advancing[22] = 10;
    advancing[23] = 0;

    List<CatalogueRow> rows = ramp(advancing);

    assertThat(rows.get(20).stix()).isNaN();
    assertThat(rows.get(21).stix()).isEqualTo(50);
    assertThat(rows.get(22).stix()).isCloseTo(54.5, within(1e-12));
    assertThat(rows.get(23).stix()).isCloseTo(54.5 * 0.91, within(1e-12));
  }

  @Test
  void absoluteBreadthOpenTenTrinAndWhaleyThrustOverTheirWindows() {
    int[] advancing = new int[26];
    for (int t = 1; t < 26; t++) {
      advancing[t] = t <= 10 ? t : t <= 20 ? 10 : 0;
    }

    List<CatalogueRow> rows = ramp(advancing);

    assertThat(rows.get(9).absoluteBreadth10()).isNaN();
    assertThat(rows.get(10).absoluteBreadth10()).as("8,6,4,2,0,2,4,6,8,10").isEqualTo(5);
    assertThat(rows.get(11).absoluteBreadth10()).isCloseTo(5.2, within(1e-12));
    assertThat(rows.get(9).trinOpen10()).isNaN();
    assertThat(rows.get(10).trinOpen10())
        .as("(55/45)/(220/330), stock s trades s+1")
        .isCloseTo(11.0 / 6, within(1e-12));
    assertThat(rows.get(20).trinOpen10()).as("no decliner in ten sessions").isNaN();
    assertThat(rows.get(4).whaleyRatio()).isNaN();
    assertThat(rows.get(5).whaleyRatio()).as("15/50").isCloseTo(0.3, within(1e-15));
    assertThat(rows.get(9).whaleyRatio()).isCloseTo(0.7, within(1e-15));
    assertThat(rows.get(10).whaleyRatio()).isCloseTo(0.8, within(1e-15));
    List<Direction> thrusts = rows.stream().map(CatalogueRow::whaleyThrust).toList();
    assertThat(thrusts.indexOf(Direction.UP)).isEqualTo(10);
    assertThat(thrusts.lastIndexOf(Direction.UP)).isEqualTo(10);
    assertThat(rows.get(24).whaleyRatio()).isCloseTo(0.2, within(1e-15));
    assertThat(thrusts.indexOf(Direction.DOWN)).as("0.2 then 0").isEqualTo(25);
  }

  @Test
  void hindenburgOmenSignalsWhenAllFiveCriteriaHoldAndConfirmsWithin36Sessions() {
    List<Omen> omens = omens(1, true, 0, 0);

    assertThat(omens.subList(0, 261))
        .as("oscillator exactly 0 while net advances are constant")
        .containsOnly(Omen.NONE);
    assertThat(omens.get(261)).isEqualTo(Omen.SIGNAL);
    assertThat(omens.get(262)).isEqualTo(Omen.CONFIRMED);
  }

  @Test
  void noHindenburgOmenWithoutNewLows() {
    assertThat(omens(1, false, 0, 0)).containsOnly(Omen.NONE);
  }

  @Test
  void noHindenburgOmenWhenHighsAreBelowTwoPointEightPercentOfAdvancersPlusDecliners() {
    // Revised criterion (Wikipedia "Hindenburg Omen"): 2.8% of the issues that advance or decline.
    assertThat(omens(1, true, 0, 0, 30))
        .as("1 high among 40 advancers + decliners is 2.5%")
        .containsOnly(Omen.NONE);
    assertThat(omens(1, true, 0, 0, 20))
        .as("1 high among 30 advancers + decliners is 3.3%")
        .contains(Omen.SIGNAL);
  }

  @Test
  void unchangedIssuesDoNotDiluteTheHindenburgThreshold() {
    assertThat(omens(1, true, 30, 0))
        .as("1 high among 10 movers is 10%, whatever the 30 unchanged issues")
        .contains(Omen.SIGNAL);
  }

  @Test
  void noHindenburgOmenWhenHighsAreMoreThanTwiceTheLows() {
    assertThat(omens(3, true, 0, 0)).as("3 highs, 1 low").containsOnly(Omen.NONE);
    assertThat(omens(2, true, 0, 0)).as("2 highs, 1 low").contains(Omen.SIGNAL);
  }

  @Test
  void noHindenburgOmenWhenTheIndexIsBelowItsValueFiftySessionsEarlier() {
    assertThat(omens(1, true, 0, 20)).containsOnly(Omen.NONE);
  }

  @Test
  void incrementalUpdatesGiveTheBatchRowsWithGapsAndALaterStart() {
    Random random = new Random(19);
    int stocks = 7;
    int sessions = 420;
    double[][] close = new double[stocks][sessions];
    double[][] volume = new double[stocks][sessions];
    for (int s = 0; s < stocks; s++) {
      double price = 20 + 10 * s;
      for (int t = 0; t < sessions; t++) {
        price = Math.max(1, price + Math.round(random.nextGaussian() * 50) / 100.0);
        boolean gap = random.nextInt(30) == 0 || (s == 6 && t < 100);
        close[s][t] = gap ? NA : price;
        volume[s][t] = 1000 + random.nextInt(9000);
      }
    }
    LocalDate[] dates = sessions(sessions);
    LocalDate from = dates[300];

    List<CatalogueRow> batch = BreadthCatalogue.compute(dates, close, volume, from);
    BreadthCatalogue catalogue = new BreadthCatalogue(stocks);
    List<CatalogueRow> incremental = new ArrayList<>();
    for (int t = 0; t < sessions; t++) {
      double[] closeAt = new double[stocks];
      double[] volumeAt = new double[stocks];
      for (int s = 0; s < stocks; s++) {
        closeAt[s] = close[s][t];
        volumeAt[s] = volume[s][t];
      }
      if (t == 300) {
        catalogue.startOutput();
      }
      CatalogueRow row = catalogue.update(dates[t], closeAt, volumeAt);
      if (t >= 300) {
        incremental.add(row);
      }
    }

    assertThat(incremental).hasSize(120).isEqualTo(batch);
    assertThat(batch.get(0).highsLowsLine()).isBetween(-1L, 1L);
    assertThat(batch).noneMatch(r -> Double.isNaN(r.highLowIndex()));
  }

  @Test
  void catalogueOfASectorIsTheCatalogueOfItsMembersAlone() {
    int sessions = 60;
    double[][] close = new double[4][sessions];
    double[][] volume = ones(4, sessions);
    for (int t = 0; t < sessions; t++) {
      close[0][t] = 100 + t;
      close[1][t] = 100 - t;
      close[2][t] = 100 + (t % 3);
      close[3][t] = 100 - (t % 4);
    }
    DailyPanel panel =
        new DailyPanel(
            List.of("A", "B", "C", "D"), sessions(sessions), close, close, close, close, volume);

    List<CatalogueRow> sector = BreadthCatalogue.compute(panel, new int[] {0, 2}, DAY0);
    List<CatalogueRow> all = BreadthCatalogue.compute(panel, new int[] {0, 1, 2, 3}, DAY0);

    assertThat(sector)
        .isEqualTo(
            BreadthCatalogue.compute(
                panel.sessions(),
                new double[][] {close[0], close[2]},
                new double[][] {volume[0], volume[2]},
                DAY0));
    assertThat(sector.get(1).advancers() + sector.get(1).decliners()).isEqualTo(2);
    assertThat(all.get(1).advancers() + all.get(1).decliners()).isEqualTo(4);
    assertThat(sector).isNotEqualTo(all);
  }

  /**
   * The Hindenburg panel: {@code highs} stocks making a new high every session, one stock making a
   * new low every session (or flat), eight stocks rising until session 260 and falling after it
   * (turning the McClellan oscillator negative on 261, the equal-weight index still above its value
   * 50 sessions earlier unless they also {@code crash} on 261), and {@code flat} stocks that never
   * move (unchanged issues).
   */
  private static List<Omen> omens(int highs, boolean withLows, int flat, double crash) {
    return omens(highs, withLows, flat, crash, 0);
  }

  /**
   * As {@link #omens(int, boolean, int, double)} with {@code movers} (an even number) more stocks
   * that alternate between 70 and 70.5 in opposite pairs: they advance or decline every session
   * without a new high or low, and add nothing to net advances or to the index.
   */
  private static List<Omen> omens(int highs, boolean withLows, int flat, double crash, int movers) {
    int sessions = 280;
    int stocks = highs + 9 + flat + movers;
    double[][] close = new double[stocks][sessions];
    for (int t = 0; t < sessions; t++) {
      for (int s = 0; s < highs; s++) {
        close[s][t] = 1000 + 0.01 * t;
      }
      close[highs][t] = withLows ? 100 - 0.1 * t : 100;
      for (int s = highs + 1; s < highs + 9; s++) {
        close[s][t] =
            50 + 0.1 * Math.min(t, 260) - 0.1 * Math.max(0, t - 260) - (t > 260 ? crash : 0);
      }
      for (int s = highs + 9; s < highs + 9 + flat; s++) {
        close[s][t] = 70;
      }
      for (int s = highs + 9 + flat; s < stocks; s++) {
        close[s][t] = 70 + 0.5 * ((t + s) % 2);
      }
    }
    return BreadthCatalogue.compute(sessions(sessions), close, ones(stocks, sessions), DAY0)
        .stream()
        .map(CatalogueRow::hindenburg)
        .toList();
  }

  /**
   * Ten stocks of which the first {@code advancing[t]} advance by 1 and the rest decline by 1 on
   * session t; stock s trades s + 1 shares every session.
   */
  @Test
  void bullishPercentCountsBuySignalsAmongStocksWithASignalAndABarThatSession() {
    double[][] close = {
      {20, 25, 22, 26, 26, NA},
      {30, 25, 28, 25, 24, 24},
      {50, 50, 50, 50, 50, 50}
    };

    List<CatalogueRow> rows = BreadthCatalogue.compute(sessions(6), close, ones(3, 6), DAY0);

    assertThat(rows)
        .extracting(CatalogueRow::bullishPercent)
        .as(
            "no signal; the first buys on session 3, the second sells on 4; the first has no bar on 5")
        .containsExactly(NA, NA, NA, 100.0, 50.0, 0.0);
  }

  private static List<CatalogueRow> ramp(int[] advancing) {
    int stocks = 10;
    int sessions = advancing.length;
    double[][] close = new double[stocks][sessions];
    double[][] volume = new double[stocks][sessions];
    for (int t = 0; t < sessions; t++) {
      for (int s = 0; s < stocks; s++) {
        close[s][t] = t == 0 ? 100 : close[s][t - 1] + (s < advancing[t] ? 1 : -1);
        volume[s][t] = s + 1;
      }
    }
    return BreadthCatalogue.compute(sessions(sessions), close, volume, DAY0);
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
      Arrays.fill(row, 1);
    }
    return volume;
  }
}
