package io.breadthflow.core.adjust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.breadthflow.core.domain.CorporateAction;
import io.breadthflow.core.domain.CorporateAction.Kind;
import io.breadthflow.core.domain.DailyPanel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PriceAdjusterTest {
  private static final LocalDate D1 = LocalDate.of(2024, 3, 4);
  private static final LocalDate[] SESSIONS = {D1, D1.plusDays(1), D1.plusDays(2), D1.plusDays(3)};

  private static CorporateAction split(LocalDate exDate, double ratio) {
    return new CorporateAction("XYZ", exDate, Kind.SPLIT, ratio);
  }

  private static CorporateAction dividend(LocalDate exDate, double cash) {
    return new CorporateAction("XYZ", exDate, Kind.DIVIDEND, cash);
  }

  /** One symbol's bars; open = high = low = close for brevity, except where a test says. */
  private record Series(double[] open, double[] high, double[] low, double[] close, double[] vol) {
    static Series of(double[] close, double[] volume) {
      return new Series(close.clone(), close.clone(), close.clone(), close.clone(), volume.clone());
    }

    void adjust(LocalDate[] sessions, List<CorporateAction> actions, Adjustment adjustment) {
      PriceAdjuster.adjust(sessions, open, high, low, close, vol, actions, adjustment);
    }
  }

  @Test
  void aTwoForOneSplitHalvesEarlierPricesAndDoublesEarlierVolumes() {
    // Worked by hand: closes 100, 102 | 51, 52 with a 2:1 split on the third session.
    Series s = Series.of(new double[] {100, 102, 51, 52}, new double[] {1000, 1200, 2600, 2000});

    s.adjust(SESSIONS, List.of(split(SESSIONS[2], 2)), Adjustment.SPLIT_ADJUSTED);

    assertThat(s.close()).containsExactly(50, 51, 51, 52);
    assertThat(s.open()).containsExactly(50, 51, 51, 52);
    assertThat(s.vol()).containsExactly(2000, 2400, 2600, 2000);
  }

  @Test
  void aDividendScalesEarlierPricesByOneMinusDividendOverThePreviousClose() {
    // Worked by hand: $1 paid on the third session after a $50 close: factor 1 - 1/50 = 0.98.
    Series s = Series.of(new double[] {48, 50, 49.5, 50}, new double[] {10, 10, 10, 10});

    s.adjust(SESSIONS, List.of(dividend(SESSIONS[2], 1)), Adjustment.TOTAL_RETURN);

    assertThat(s.close()[0]).isCloseTo(47.04, within(1e-12));
    assertThat(s.close()[1]).isCloseTo(49.0, within(1e-12));
    assertThat(s.close()[2]).isEqualTo(49.5);
    assertThat(s.close()[3]).isEqualTo(50);
    assertThat(s.vol()).containsExactly(10, 10, 10, 10);
    // The ex-date return is P / (C - D) - 1 = 49.5 / 49 - 1, the dividend reinvested.
    assertThat(s.close()[2] / s.close()[1] - 1).isCloseTo(0.5 / 49, within(1e-12));
  }

  @Test
  void splitAdjustmentLeavesDividendsOut() {
    Series s = Series.of(new double[] {48, 50, 49.5, 50}, new double[] {10, 10, 10, 10});

    s.adjust(SESSIONS, List.of(dividend(SESSIONS[2], 1)), Adjustment.SPLIT_ADJUSTED);

    assertThat(s.close()).containsExactly(48, 50, 49.5, 50);
  }

  @Test
  void rawLeavesEveryBarAsStored() {
    Series s = Series.of(new double[] {100, 102, 51, 52}, new double[] {1, 1, 2, 2});

    s.adjust(SESSIONS, List.of(split(SESSIONS[2], 2), dividend(SESSIONS[3], 1)), Adjustment.RAW);

    assertThat(s.close()).containsExactly(100, 102, 51, 52);
    assertThat(s.vol()).containsExactly(1, 1, 2, 2);
  }

  @Test
  void aSplitTheBarsAlreadyReflectIsNotAppliedAgain() {
    // A provider's split-adjusted bars: no jump on the ex-date.
    Series s = Series.of(new double[] {50, 51, 51, 52}, new double[] {2, 2, 2, 2});

    s.adjust(SESSIONS, List.of(split(SESSIONS[2], 2)), Adjustment.SPLIT_ADJUSTED);

    assertThat(s.close()).containsExactly(50, 51, 51, 52);
    assertThat(s.vol()).containsExactly(2, 2, 2, 2);
  }

  @Test
  void aReverseSplitMultipliesEarlierPrices() {
    // 1:20: twenty old shares become one; $1.10 becomes $22.40.
    Series s = Series.of(new double[] {1.0, 1.1, 22.4, 23}, new double[] {2000, 2000, 100, 100});

    s.adjust(SESSIONS, List.of(split(SESSIONS[2], 0.05)), Adjustment.SPLIT_ADJUSTED);

    assertThat(s.close()[0]).isCloseTo(20, within(1e-9));
    assertThat(s.close()[1]).isCloseTo(22, within(1e-9));
    assertThat(s.vol()[0]).isCloseTo(100, within(1e-9));
  }

  @Test
  void actionsAfterTheLastBarOrBeforeTheFirstChangeNothing() {
    Series s = Series.of(new double[] {100, 102, 104, 103}, new double[] {1, 1, 1, 1});

    s.adjust(
        SESSIONS,
        List.of(split(SESSIONS[3].plusDays(1), 4), dividend(SESSIONS[0], 2)),
        Adjustment.TOTAL_RETURN);

    assertThat(s.close()).containsExactly(100, 102, 104, 103);
  }

  @Test
  void theDividendFactorUsesTheLastBarBeforeTheExDateAcrossAGap() {
    double nan = Double.NaN;
    Series s = Series.of(new double[] {40, nan, 39, 40}, new double[] {1, nan, 1, 1});

    s.adjust(SESSIONS, List.of(dividend(SESSIONS[1], 0.8)), Adjustment.TOTAL_RETURN);

    assertThat(s.close()[0]).isCloseTo(40 * (1 - 0.8 / 40), within(1e-12));
    assertThat(s.close()[1]).isNaN();
    assertThat(s.close()[2]).isEqualTo(39);
  }

  @Test
  void aDividendOnASplitsExDateIsTakenInPostSplitShares() {
    // 2:1 and $0.50 (post-split) on the third session; previous close 100 is 50 post-split.
    Series s = Series.of(new double[] {98, 100, 49, 50}, new double[] {1, 1, 2, 2});

    s.adjust(
        SESSIONS,
        List.of(dividend(SESSIONS[2], 0.5), split(SESSIONS[2], 2)),
        Adjustment.TOTAL_RETURN);

    double factor = 0.5 * (1 - 0.5 / 50);
    assertThat(s.close()[1]).isCloseTo(100 * factor, within(1e-12));
    assertThat(s.close()[0]).isCloseTo(98 * factor, within(1e-12));
  }

  @Test
  void aDividendNotBelowThePreviousCloseIsLeftOut() {
    Series s = Series.of(new double[] {5, 5, 4, 4}, new double[] {1, 1, 1, 1});

    s.adjust(SESSIONS, List.of(dividend(SESSIONS[2], 5)), Adjustment.TOTAL_RETURN);

    assertThat(s.close()).containsExactly(5, 5, 4, 4);
  }

  @Test
  void everyPriceOfABarTakesTheSameFactor() {
    Series s =
        new Series(
            new double[] {99, 101, 50, 51},
            new double[] {103, 104, 53, 52},
            new double[] {97, 99, 49, 50},
            new double[] {100, 102, 51, 52},
            new double[] {1, 1, 2, 2});

    s.adjust(SESSIONS, List.of(split(SESSIONS[2], 2)), Adjustment.SPLIT_ADJUSTED);

    assertThat(s.open()).containsExactly(49.5, 50.5, 50, 51);
    assertThat(s.high()).containsExactly(51.5, 52, 53, 52);
    assertThat(s.low()).containsExactly(48.5, 49.5, 49, 50);
  }

  @Test
  void thePanelIsAdjustedPerSymbolWithItsOwnActions() {
    DailyPanel panel =
        new DailyPanel(
            List.of("AAA", "BBB"),
            SESSIONS,
            new double[][] {{100, 102, 51, 52}, {10, 10, 10, 10}},
            new double[][] {{100, 102, 51, 52}, {10, 10, 10, 10}},
            new double[][] {{100, 102, 51, 52}, {10, 10, 10, 10}},
            new double[][] {{100, 102, 51, 52}, {10, 10, 10, 10}},
            new double[][] {{1, 1, 2, 2}, {5, 5, 5, 5}});

    PriceAdjuster.adjust(
        panel,
        symbol ->
            symbol.equals("AAA")
                ? List.of(new CorporateAction("AAA", SESSIONS[2], Kind.SPLIT, 2))
                : List.of(),
        Adjustment.SPLIT_ADJUSTED);

    assertThat(panel.close()[0]).containsExactly(50, 51, 51, 52);
    assertThat(panel.close()[1]).containsExactly(10, 10, 10, 10);
  }

  @Test
  void randomSeriesAgreeWithANaiveImplementation() {
    Random random = new Random(20261201);
    for (int trial = 0; trial < 300; trial++) {
      int n = 5 + random.nextInt(60);
      LocalDate[] sessions = new LocalDate[n];
      double[] close = new double[n];
      double[] volume = new double[n];
      List<CorporateAction> actions = new ArrayList<>();
      double price = 20 + random.nextDouble() * 200;
      for (int t = 0; t < n; t++) {
        sessions[t] = D1.plusDays(t);
        price *= 1 + 0.03 * random.nextGaussian();
        if (t > 0 && random.nextInt(12) == 0) {
          double ratio = new double[] {2, 3, 4, 7, 1.5, 0.1, 0.05}[random.nextInt(7)];
          price /= ratio;
          actions.add(split(sessions[t], ratio));
        }
        if (random.nextInt(10) == 0) {
          actions.add(dividend(sessions[t], price * 0.02 * random.nextDouble()));
        }
        boolean gap = t > 0 && t < n - 1 && random.nextInt(8) == 0;
        close[t] = gap ? Double.NaN : price;
        volume[t] = gap ? Double.NaN : 1000 + random.nextInt(9000);
      }
      for (Adjustment adjustment : Adjustment.values()) {
        Series fast = Series.of(close, volume);
        fast.adjust(sessions, actions, adjustment);
        double[][] naive = Naive.adjust(sessions, close, volume, actions, adjustment);
        for (int t = 0; t < n; t++) {
          if (Double.isNaN(close[t])) {
            assertThat(fast.close()[t]).isNaN();
          } else {
            assertThat(fast.close()[t]).isCloseTo(naive[0][t], within(1e-9 * naive[0][t]));
            assertThat(fast.vol()[t]).isCloseTo(naive[1][t], within(1e-9 * naive[1][t]));
          }
        }
      }
    }
  }

  /**
   * The documented rule, bar by bar: each bar's factor is the product, over every ex-date after it
   * and not after the last bar, of that date's split and dividend factors, each computed from the
   * stored bars around the ex-date.
   */
  private static final class Naive {
    static double[][] adjust(
        LocalDate[] sessions,
        double[] close,
        double[] volume,
        List<CorporateAction> actions,
        Adjustment adjustment) {
      int n = sessions.length;
      double[] prices = close.clone();
      double[] volumes = volume.clone();
      if (adjustment == Adjustment.RAW) {
        return new double[][] {prices, volumes};
      }
      int last = n - 1;
      while (Double.isNaN(close[last])) {
        last--;
      }
      List<LocalDate> exDates =
          actions.stream().map(CorporateAction::exDate).distinct().sorted().toList();
      for (LocalDate exDate : exDates) {
        int before = -1;
        int after = -1;
        for (int t = 0; t < n; t++) {
          if (Double.isNaN(close[t])) {
            continue;
          }
          if (sessions[t].isBefore(exDate)) {
            before = t;
          } else if (after < 0) {
            after = t;
          }
        }
        if (before < 0 || after < 0) {
          continue;
        }
        double ratio = 1;
        double cash = 0;
        for (CorporateAction a : actions) {
          if (a.exDate().equals(exDate)) {
            if (a.kind() == Kind.SPLIT) {
              ratio *= a.amount();
            } else {
              cash += a.amount();
            }
          }
        }
        double jump = close[before] / close[after];
        boolean shown = Math.abs(Math.log(jump) - Math.log(ratio)) < Math.abs(Math.log(jump));
        double r = shown ? ratio : 1;
        double priceFactor = 1 / r;
        double dividendFactor = 1 - cash * r / close[before];
        if (adjustment == Adjustment.TOTAL_RETURN && cash > 0 && dividendFactor > 0) {
          priceFactor *= dividendFactor;
        }
        for (int t = 0; t <= before; t++) {
          prices[t] *= priceFactor;
          volumes[t] *= r;
        }
      }
      assertThat(prices[last]).isEqualTo(close[last]);
      return new double[][] {prices, volumes};
    }
  }
}
