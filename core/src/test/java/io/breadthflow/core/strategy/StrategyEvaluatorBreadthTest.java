package io.breadthflow.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.core.breadth.BreadthCatalogue;
import io.breadthflow.core.breadth.BreadthEngine;
import io.breadthflow.core.breadth.BreadthRow;
import io.breadthflow.core.breadth.CatalogueRow;
import io.breadthflow.core.domain.MemberMask;
import io.breadthflow.core.strategy.Condition.Any;
import io.breadthflow.core.strategy.Condition.BreadthTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The breadth a strategy reads is BreadthEngine's (and BreadthCatalogue's) to the bit. */
class StrategyEvaluatorBreadthTest {

  @Test
  void everyBreadthMeasureEqualsTheBatchEnginesForTheUniverseAndEachSector() {
    TestPanels data = new TestPanels(40, 420, 7);
    List<List<BreadthRow>> engine =
        assertSameBreadth(data, MemberMask.all(data.symbols.size(), data.sessions.length), false);

    assertThat(engine.get(0).get(419).pctAboveSma200()).isBetween(0.0, 100.0);
  }

  @Test
  void withAMemberRowEveryBreadthMeasureEqualsTheBatchEnginesOverTheSameMask() {
    TestPanels data = new TestPanels(40, 420, 7);
    boolean[][] member = new boolean[data.symbols.size()][data.sessions.length];
    for (int s = 0; s < member.length; s++) {
      int join = s % 3 == 0 ? (s * 37) % 300 : 0;
      int leave = s % 3 == 1 ? 150 + (s * 13) % 250 : data.sessions.length;
      int gapFrom = s % 5 == 2 ? 230 : -1;
      for (int t = 0; t < data.sessions.length; t++) {
        member[s][t] = t >= join && t < leave && !(t >= gapFrom && t < gapFrom + 40);
      }
    }
    MemberMask mask = MemberMask.of(member, data.sessions.length);

    List<List<BreadthRow>> masked = assertSameBreadth(data, mask, true);

    List<BreadthRow> all =
        BreadthEngine.compute(
            data.sessions,
            data.rows(data.close, allMembers(data)),
            data.rows(data.volume, allMembers(data)),
            data.sessions[0]);
    long differing = 0;
    for (int t = 0; t < data.sessions.length; t++) {
      differing +=
          Double.compare(masked.get(0).get(t).pctAboveSma50(), all.get(t).pctAboveSma50()) != 0
              ? 1
              : 0;
    }
    assertThat(differing).as("sessions where the mask changes % above SMA(50)").isGreaterThan(100);
  }

  /**
   * Runs the evaluator over {@code data} (with {@code mask}'s member rows when {@code rows}) and
   * checks each session's breadth against BreadthEngine and BreadthCatalogue over {@code mask};
   * returns the engine's rows by group (the universe, then each sector).
   */
  private static List<List<BreadthRow>> assertSameBreadth(
      TestPanels data, MemberMask mask, boolean rows) {
    List<Condition> tests = new ArrayList<>();
    for (BreadthMeasure measure : BreadthMeasure.values()) {
      for (Scope scope : Scope.values()) {
        tests.add(new BreadthTest(measure, scope, Comparison.ABOVE, 0));
      }
    }
    StrategyProgram program = new StrategyProgram("all-breadth", "", new Any(tests), null);
    StrategyEvaluator evaluator = new StrategyEvaluator(program, data.symbols, data.sectorOf);

    List<String> groups = new ArrayList<>(List.of(""));
    groups.addAll(List.of(TestPanels.SECTORS));
    List<List<BreadthRow>> engine = new ArrayList<>();
    List<List<CatalogueRow>> catalogue = new ArrayList<>();
    for (String group : groups) {
      int[] members = group.isEmpty() ? allMembers(data) : data.members(group);
      double[][] close = data.rows(data.close, members);
      double[][] volume = data.rows(data.volume, members);
      MemberMask selected = mask.select(members);
      engine.add(BreadthEngine.compute(data.sessions, close, volume, data.sessions[0], selected));
      catalogue.add(
          BreadthCatalogue.compute(data.sessions, close, volume, data.sessions[0], selected));
    }
    int[] direction = new int[data.symbols.size()];
    boolean[] memberRow = new boolean[data.symbols.size()];
    int definedHighs = 0;
    for (int t = 0; t < data.sessions.length; t++) {
      if (rows) {
        mask.session(t, memberRow);
        evaluator.onSession(data.session(t), memberRow, direction);
      } else {
        evaluator.onSession(data.session(t), direction);
      }
      for (int g = 0; g < groups.size(); g++) {
        String group = groups.get(g);
        BreadthRow row = engine.get(g).get(t);
        CatalogueRow more = catalogue.get(g).get(t);
        same(
            evaluator.breadth(BreadthMeasure.PCT_ABOVE_SMA50, group),
            row.pctAboveSma50(),
            "BreadthMeasure.PCT_ABOVE_SMA50",
            group,
            t);
        same(
            evaluator.breadth(BreadthMeasure.PCT_ABOVE_SMA200, group),
            row.pctAboveSma200(),
            "BreadthMeasure.PCT_ABOVE_SMA200",
            group,
            t);
        same(
            evaluator.breadth(BreadthMeasure.NET_ADVANCES, group),
            (double) row.netAdvances(),
            "BreadthMeasure.NET_ADVANCES",
            group,
            t);
        same(
            evaluator.breadth(BreadthMeasure.AD_LINE, group),
            (double) row.adLine(),
            "BreadthMeasure.AD_LINE",
            group,
            t);
        same(
            evaluator.breadth(BreadthMeasure.MCCLELLAN_OSCILLATOR, group),
            row.mcclellanOscillator(),
            "BreadthMeasure.MCCLELLAN_OSCILLATOR",
            group,
            t);
        same(
            evaluator.breadth(BreadthMeasure.NET_NEW_HIGHS, group),
            (double) (row.newHighs52w() - row.newLows52w()),
            "BreadthMeasure.NET_NEW_HIGHS",
            group,
            t);
        same(
            evaluator.breadth(BreadthMeasure.PCT_ABOVE_EMA20, group),
            more.pctAboveEma20(),
            "BreadthMeasure.PCT_ABOVE_EMA20",
            group,
            t);
        same(
            evaluator.breadth(BreadthMeasure.AD_PERCENT, group),
            more.adPercent(),
            "BreadthMeasure.AD_PERCENT",
            group,
            t);
        definedHighs += row.newHighs52w() + row.newLows52w() > 0 ? 1 : 0;
      }
    }
    assertThat(definedHighs).as("sessions with new highs or lows").isGreaterThan(50);
    return engine;
  }

  /** Equal to the bit, NaN equal to NaN. */
  private static void same(double actual, double expected, String what, String group, int t) {
    assertThat(Double.valueOf(actual))
        .as(what + " of '" + group + "' on session " + t)
        .isEqualTo(Double.valueOf(expected));
  }

  /** Members are the symbols with an entry in the sector map: every one here. */
  private static int[] allMembers(TestPanels data) {
    return data.members("");
  }
}
