package io.breadthflow.core.backtest;

import static io.breadthflow.core.backtest.Panels.DAY0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.breadthflow.core.domain.DailyPanel;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BacktesterTest {
  private static final double EPS = 1e-9;

  @Test
  void ordersDecidedOnTheCloseFillAtTheNextOpen() {
    DailyPanel panel =
        Panels.of(new double[][] {{10, 9, 12, 13}}, new double[][] {{10, 12, 12, 15}});

    BacktestResult result =
        Backtester.run(panel, DAY0, Panels.always(1), BacktestConfig.defaults(1000), new int[] {0});

    // sized on the first close (1000 / 10 = 100 shares), filled at the second open (9)
    assertThat(result.equity()).containsExactly(new double[] {1000, 1300, 1300, 1600}, within(EPS));
    RoundTrip trade = result.trades().get(0);
    assertThat(trade.entryDate()).isEqualTo(DAY0.plusDays(1));
    assertThat(trade.entryPrice()).isEqualTo(9);
    assertThat(trade.quantity()).isCloseTo(100, within(EPS));
    assertThat(trade.open()).isTrue();
    assertThat(trade.pnl()).isCloseTo(600, within(EPS));
  }

  @Test
  void longEntryNeverSpendsMoreCashThanThereIs() {
    DailyPanel panel = Panels.of(new double[][] {{10, 11, 12}}, new double[][] {{10, 12, 12}});

    BacktestResult result =
        Backtester.run(panel, DAY0, Panels.always(1), BacktestConfig.defaults(1000), new int[] {0});

    assertThat(result.trades().get(0).quantity()).isCloseTo(1000.0 / 11, within(EPS));
    assertThat(result.equity()[1]).isCloseTo(1000.0 / 11 * 12, within(EPS));
  }

  @Test
  void commissionAndSlippageAreChargedOnBothFills() {
    DailyPanel panel =
        Panels.of(new double[][] {{100, 100, 100, 110}}, new double[][] {{100, 100, 100, 110}});
    BacktestConfig config =
        new BacktestConfig(
            10_000,
            10,
            0.01,
            20,
            Quantities.WHOLE_SHARES,
            Sizing.EQUAL_WEIGHT,
            0.15,
            0,
            Direction.LONG_ONLY,
            0);
    Strategy enterThenExit =
        new Strategy() {
          @Override
          public void start(java.util.List<String> symbols) {}

          @Override
          public void onClose(SessionBars session, int[] direction) {
            direction[0] = session.index() < 2 ? 1 : 0;
          }
        };

    BacktestResult result = Backtester.run(panel, DAY0, enterThenExit, config, new int[] {0});

    // 100 whole shares wanted; buy at 100.2 costs 100.2*(1+0.001)+0.01 per share -> 99 shares fit
    RoundTrip trade = result.trades().get(0);
    assertThat(trade.quantity()).isEqualTo(99);
    assertThat(trade.entryPrice()).isCloseTo(100.2, within(EPS));
    assertThat(trade.exitPrice()).isCloseTo(109.78, within(EPS));
    double entryCommission = 99 * 100.2 * 0.001 + 0.99;
    double exitCommission = 99 * 109.78 * 0.001 + 0.99;
    double pnl = (109.78 - 100.2) * 99 - entryCommission - exitCommission;
    assertThat(trade.pnl()).isCloseTo(pnl, within(EPS));
    assertThat(trade.open()).isFalse();
    double[] equity = result.equity();
    assertThat(equity[equity.length - 1]).isCloseTo(10_000 + pnl, within(EPS));
    assertThat(result.metrics().turnover())
        .isCloseTo(99 * (100.2 + 109.78) / mean(equity) * 252 / 3, within(EPS));
  }

  @Test
  void longOnlyRunIgnoresShortsAndLongShortRunProfitsFromAFall() {
    DailyPanel panel =
        Panels.of(new double[][] {{100, 100, 90, 80}}, new double[][] {{100, 100, 90, 80}});
    BacktestConfig longShort =
        new BacktestConfig(
            1000,
            0,
            0,
            0,
            Quantities.FRACTIONAL,
            Sizing.EQUAL_WEIGHT,
            0.15,
            0,
            Direction.LONG_SHORT,
            0);

    BacktestResult longOnly =
        Backtester.run(
            panel, DAY0, Panels.always(-1), BacktestConfig.defaults(1000), new int[] {0});
    BacktestResult shorted =
        Backtester.run(panel, DAY0, Panels.always(-1), longShort, new int[] {0});

    assertThat(longOnly.trades()).isEmpty();
    assertThat(longOnly.equity()).containsOnly(1000);
    assertThat(shorted.equity())
        .containsExactly(new double[] {1000, 1000, 1100, 1200}, within(EPS));
    assertThat(shorted.trades().get(0).side()).isEqualTo(-1);
  }

  @Test
  void maxPositionsLimitsConcurrentHoldingsAndSizesEachAsAShareOfEquity() {
    DailyPanel panel = Panels.randomWalk(5, 30, 7);
    BacktestConfig two =
        new BacktestConfig(
            10_000,
            0,
            0,
            0,
            Quantities.FRACTIONAL,
            Sizing.EQUAL_WEIGHT,
            0.15,
            2,
            Direction.LONG_ONLY,
            0);

    BacktestResult result = Backtester.run(panel, DAY0, Panels.always(1), two, new int[] {0});

    assertThat(result.trades()).hasSize(2);
    RoundTrip first = result.trades().get(0);
    assertThat(first.quantity() * panel.close()[0][0]).isCloseTo(5000, within(EPS));
    assertThat(result.metrics().exposure()).isBetween(0.9, 1.0);
  }

  @Test
  void volatilityTargetScalesPositionsDown() {
    DailyPanel panel = Panels.randomWalk(1, 60, 3);
    BacktestConfig target =
        new BacktestConfig(
            10_000,
            0,
            0,
            0,
            Quantities.FRACTIONAL,
            Sizing.VOLATILITY_TARGET,
            0.05,
            0,
            Direction.LONG_ONLY,
            0);

    BacktestResult result =
        Backtester.run(panel, DAY0.plusDays(30), Panels.always(1), target, new int[] {0});

    assertThat(result.metrics().exposure()).isBetween(0.05, 0.5);
  }

  @Test
  void holdingTheWholeUniverseEquallyTracksTheBenchmark() {
    DailyPanel random = Panels.randomWalk(4, 100, 11);
    double[][] open = new double[4][100];
    for (int s = 0; s < 4; s++) {
      open[s][0] = random.close()[s][0];
      for (int t = 1; t < 100; t++) {
        open[s][t] = random.close()[s][t - 1];
      }
    }
    DailyPanel panel = Panels.of(open, random.close());

    BacktestResult result =
        Backtester.run(
            panel, DAY0, Panels.always(1), BacktestConfig.defaults(1e6), new int[] {0, 1, 2, 3});

    assertThat(result.equity()).containsExactly(result.benchmark(), within(1e-6));
    assertThat(result.metrics().beta()).isCloseTo(1, within(1e-9));
    assertThat(result.metrics().alpha()).isCloseTo(0, within(1e-9));
  }

  @Test
  void smaCrossGoesLongWhenTheFastAverageIsAboveTheSlowOneAndFlatOtherwise() {
    double[] close = {10, 10, 10, 11, 12, 13, 12, 10, 9, 8};
    DailyPanel panel = Panels.of(new double[][] {close.clone()}, new double[][] {close});

    BacktestResult result =
        Backtester.run(
            panel, DAY0, new SmaCrossStrategy(2, 3), BacktestConfig.defaults(1000), new int[] {0});

    // SMA2 > SMA3 from session 3 (10.5 > 10.33) to session 6 (12.5 > 12.33); below at 7
    RoundTrip trade = result.trades().get(0);
    assertThat(trade.entryDate()).isEqualTo(DAY0.plusDays(4));
    assertThat(trade.exitDate()).isEqualTo(DAY0.plusDays(8));
    assertThat(result.trades()).hasSize(1);
  }

  @Test
  void nothingAfterASessionChangesTheEquityOrTradesUpToIt() {
    DailyPanel original = Panels.randomWalk(6, 300, 5);
    for (Strategy strategy :
        new Strategy[] {
          new SmaCrossStrategy(5, 20),
          new RsiReversionStrategy(14, 30, 70),
          new BreadthSignalStrategy(io.breadthflow.core.signal.SignalWeights.defaults())
        }) {
      BacktestResult before =
          Backtester.run(original, DAY0, strategy, BacktestConfig.defaults(1e5), new int[] {0});
      for (int cut : new int[] {50, 150, 250}) {
        DailyPanel changed = changedAfter(original, cut);
        BacktestResult after =
            Backtester.run(changed, DAY0, strategy, BacktestConfig.defaults(1e5), new int[] {0});
        assertThat(Arrays.copyOf(after.equity(), cut + 1))
            .containsExactly(Arrays.copyOf(before.equity(), cut + 1));
        assertThat(entriesUpTo(after, cut)).isEqualTo(entriesUpTo(before, cut));
      }
    }
  }

  @Test
  void symbolsNotTradableAreOnlyReadForTheBenchmark() {
    DailyPanel panel = Panels.randomWalk(2, 30, 13);

    BacktestResult result =
        Backtester.run(
            panel,
            DAY0,
            Panels.always(1),
            BacktestConfig.defaults(1000),
            new int[] {1},
            new boolean[] {true, false});

    assertThat(result.trades()).extracting(RoundTrip::symbol).containsOnly("S0");
    double wholeEquity = Math.min(1000 / panel.close()[0][0], 1000 / panel.open()[0][1]);
    assertThat(result.trades().get(0).quantity()).isCloseTo(wholeEquity, within(EPS));
    assertThat(result.benchmark()[29])
        .isCloseTo(1000 / panel.open()[1][1] * panel.close()[1][29], within(1e-6));
  }

  @Test
  void tooShortARangeIsRejected() {
    DailyPanel panel = Panels.randomWalk(1, 5, 1);

    assertThatThrownBy(
            () ->
                Backtester.run(
                    panel,
                    DAY0.plusDays(4),
                    Panels.always(1),
                    BacktestConfig.defaults(1),
                    new int[] {0}))
        .hasMessageContaining("needs at least 2 sessions");
  }

  private static DailyPanel changedAfter(DailyPanel panel, int cut) {
    DailyPanel other = Panels.randomWalk(panel.symbols().size(), panel.sessions().length, 99);
    double[][] open = new double[panel.open().length][];
    double[][] close = new double[panel.close().length][];
    for (int s = 0; s < open.length; s++) {
      open[s] = panel.open()[s].clone();
      close[s] = panel.close()[s].clone();
      for (int t = cut + 1; t < open[s].length; t++) {
        open[s][t] = other.open()[s][t];
        close[s][t] = other.close()[s][t];
      }
    }
    return Panels.of(open, close);
  }

  /** Entries filled up to session {@code cut}, as "symbol date price", sorted. */
  private static java.util.List<String> entriesUpTo(BacktestResult result, int cut) {
    return result.trades().stream()
        .filter(t -> !t.entryDate().isAfter(DAY0.plusDays(cut)))
        .map(t -> t.symbol() + " " + t.entryDate() + " " + t.entryPrice())
        .sorted()
        .toList();
  }

  private static double mean(double[] x) {
    return Arrays.stream(x).average().orElseThrow();
  }
}
