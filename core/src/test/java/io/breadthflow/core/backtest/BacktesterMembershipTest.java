package io.breadthflow.core.backtest;

import static io.breadthflow.core.backtest.Panels.DAY0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.breadthflow.core.domain.DailyPanel;
import io.breadthflow.core.domain.MemberMask;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BacktesterMembershipTest {
  private static final boolean[] BOTH = {true, true};

  @Test
  void everySymbolAlwaysAMemberGivesTheRunWithoutAMask() {
    DailyPanel panel = Panels.randomWalk(5, 200, 21);
    MemberMask all = MemberMask.all(5, 200);
    boolean[] tradable = {true, true, true, true, false};
    BacktestConfig config = BacktestConfig.defaults(1e5);

    BacktestResult plain =
        Backtester.run(
            panel, DAY0.plusDays(40), new SmaCrossStrategy(5, 20), config, new int[] {4}, tradable);
    BacktestResult masked =
        Backtester.run(
            panel,
            DAY0.plusDays(40),
            new SmaCrossStrategy(5, 20),
            config,
            new int[] {4},
            tradable,
            all);

    assertThat(masked.equity()).containsExactly(plain.equity());
    assertThat(masked.benchmark()).containsExactly(plain.benchmark());
    assertThat(masked.trades()).isEqualTo(plain.trades());
  }

  @Test
  void theStrategyIsGivenEachSessionsMembersAndNoRowForAFixedUniverse() {
    DailyPanel panel = Panels.randomWalk(2, 20, 5);
    boolean[] gap = all(20);
    Arrays.fill(gap, 5, 9, false);
    MemberMask mask = MemberMask.of(new boolean[][] {from(20, 3), gap}, 20);
    List<boolean[]> seen = new ArrayList<>();
    List<boolean[]> seenFixed = new ArrayList<>();

    Backtester.run(
        panel, DAY0, recording(seen), BacktestConfig.defaults(1000), new int[] {0}, BOTH, mask);
    Backtester.run(
        panel, DAY0, recording(seenFixed), BacktestConfig.defaults(1000), new int[] {0}, BOTH);

    assertThat(seen).hasSize(20);
    for (int t = 0; t < 20; t++) {
      assertThat(seen.get(t))
          .as("session " + t)
          .containsExactly(mask.isMember(0, t), mask.isMember(1, t));
    }
    assertThat(seenFixed).hasSize(20).containsOnlyNulls();
  }

  /** A flat strategy that records a copy of each session's member row (null stays null). */
  private static Strategy recording(List<boolean[]> into) {
    return new Strategy() {
      @Override
      public void start(List<String> symbols) {}

      @Override
      public void onClose(SessionBars session, int[] direction) {
        boolean[] row = session.members();
        into.add(row == null ? null : row.clone());
      }
    };
  }

  @Test
  void aJoinerIsFirstBoughtAtTheOpenOfItsFirstMemberSession() {
    DailyPanel panel = Panels.randomWalk(2, 20, 3);
    MemberMask mask = MemberMask.of(new boolean[][] {all(20), from(20, 8)}, 20);

    BacktestResult result =
        Backtester.run(
            panel,
            DAY0,
            Panels.always(1),
            BacktestConfig.defaults(1000),
            new int[] {0},
            BOTH,
            mask);

    RoundTrip joiner = trip(result, "S1");
    assertThat(joiner.entryDate()).isEqualTo(DAY0.plusDays(8));
    assertThat(joiner.entryPrice()).isEqualTo(panel.open()[1][8]);
    assertThat(trip(result, "S0").entryDate()).isEqualTo(DAY0.plusDays(1));
  }

  @Test
  void aLeaverIsSoldAtTheOpenAfterItsLastMemberSession() {
    DailyPanel panel = Panels.randomWalk(2, 20, 4);
    boolean[] leaves = all(20);
    Arrays.fill(leaves, 12, 20, false);
    MemberMask mask = MemberMask.of(new boolean[][] {all(20), leaves}, 20);

    BacktestResult result =
        Backtester.run(
            panel,
            DAY0,
            Panels.always(1),
            BacktestConfig.defaults(1000),
            new int[] {0},
            BOTH,
            mask);

    RoundTrip leaver = trip(result, "S1");
    assertThat(leaver.exitDate()).isEqualTo(DAY0.plusDays(12));
    assertThat(leaver.exitPrice()).isEqualTo(panel.open()[1][12]);
    assertThat(leaver.open()).isFalse();
    assertThat(result.trades()).filteredOn(t -> t.symbol().equals("S1")).hasSize(1);
  }

  @Test
  void theStrategySeesTheBarsBeforeAJoinerJoins() {
    double[] rising = new double[20];
    for (int t = 0; t < 20; t++) {
      rising[t] = 10 + t;
    }
    DailyPanel panel =
        Panels.of(new double[][] {rising.clone(), rising.clone()}, new double[][] {rising, rising});
    MemberMask mask = MemberMask.of(new boolean[][] {all(20), from(20, 10)}, 20);

    BacktestResult result =
        Backtester.run(
            panel,
            DAY0,
            new SmaCrossStrategy(2, 5),
            BacktestConfig.defaults(1000),
            new int[] {0},
            BOTH,
            mask);

    // SMA2 > SMA5 from the close of session 4 on; a cold strategy would wait until session 15
    assertThat(trip(result, "S1").entryDate()).isEqualTo(DAY0.plusDays(10));
  }

  @Test
  void withoutAPositionCapEachPositionGetsAShareOfTheMostMembersOnOneSession() {
    DailyPanel panel = Panels.randomWalk(3, 20, 6);
    boolean[] early = all(20);
    Arrays.fill(early, 10, 20, false);
    MemberMask mask = MemberMask.of(new boolean[][] {all(20), early, from(20, 10)}, 20);

    BacktestResult result =
        Backtester.run(
            panel,
            DAY0,
            Panels.always(1),
            BacktestConfig.defaults(1000),
            new int[] {0},
            new boolean[] {true, true, true},
            mask);

    double share = 1000.0 / 2;
    assertThat(trip(result, "S0").quantity()).isCloseTo(share / panel.close()[0][0], within(1e-9));
  }

  @Test
  void theBenchmarkIsReweightedOverTheMembersWhenTheyChange() {
    double[] flat = new double[6];
    Arrays.fill(flat, 100);
    double[] open = {50, 50, 50, 50, 55, 60};
    double[] close = {50, 50, 50, 55, 60, 66};
    DailyPanel panel = Panels.of(new double[][] {flat.clone(), open}, new double[][] {flat, close});
    MemberMask mask = MemberMask.of(new boolean[][] {all(6), from(6, 3)}, 6);

    BacktestResult result =
        Backtester.run(
            panel,
            DAY0,
            Panels.always(0),
            BacktestConfig.defaults(1000),
            new int[] {0, 1},
            BOTH,
            mask);

    // all in S0 (flat) until session 3, then half in S1 bought at its open of 50
    assertThat(result.benchmark())
        .containsExactly(
            new double[] {1000, 1000, 1000, 500 + 500 * 55 / 50.0, 500 + 10 * 60, 500 + 10 * 66},
            within(1e-9));
  }

  @Test
  void noPositionIsHeldOnASessionWhereItsSymbolIsNotAMember() {
    DailyPanel panel = Panels.randomWalk(6, 300, 8);
    boolean[][] member = new boolean[6][300];
    SplittableRandom random = new SplittableRandom(8);
    for (int s = 0; s < 6; s++) {
      boolean in = random.nextBoolean();
      for (int t = 0; t < 300; t++) {
        in = random.nextInt(40) == 0 ? !in : in;
        member[s][t] = in;
      }
    }
    MemberMask mask = MemberMask.of(member, 300);

    BacktestResult result =
        Backtester.run(
            panel,
            DAY0.plusDays(30),
            new SmaCrossStrategy(3, 10),
            BacktestConfig.defaults(1e5),
            new int[] {0},
            new boolean[] {true, true, true, true, true, true},
            mask);

    assertThat(result.trades()).isNotEmpty();
    for (RoundTrip trip : result.trades()) {
      int s = panel.symbols().indexOf(trip.symbol());
      int entry = (int) (trip.entryDate().toEpochDay() - DAY0.toEpochDay());
      int exit = (int) (trip.exitDate().toEpochDay() - DAY0.toEpochDay());
      for (int t = entry; t < (trip.open() ? exit + 1 : exit); t++) {
        assertThat(member[s][t]).as(trip + " held on session " + t).isTrue();
      }
    }
  }

  private static RoundTrip trip(BacktestResult result, String symbol) {
    return result.trades().stream()
        .filter(t -> t.symbol().equals(symbol))
        .findFirst()
        .orElseThrow();
  }

  private static boolean[] all(int sessions) {
    boolean[] row = new boolean[sessions];
    Arrays.fill(row, true);
    return row;
  }

  private static boolean[] from(int sessions, int first) {
    boolean[] row = new boolean[sessions];
    Arrays.fill(row, first, sessions, true);
    return row;
  }
}
