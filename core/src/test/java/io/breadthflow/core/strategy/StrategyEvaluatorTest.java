package io.breadthflow.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.core.breadth.BreadthCatalogue;
import io.breadthflow.core.breadth.BreadthEngine;
import io.breadthflow.core.breadth.BreadthRow;
import io.breadthflow.core.breadth.CatalogueRow;
import io.breadthflow.core.strategy.Condition.All;
import io.breadthflow.core.strategy.Condition.Any;
import io.breadthflow.core.strategy.Condition.BreadthTest;
import io.breadthflow.core.strategy.Condition.SymbolTest;
import io.breadthflow.core.strategy.Operand.Level;
import io.breadthflow.core.strategy.Operand.Series;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The evaluator decides what a naive batch recomputation of the same conditions decides, sees no
 * later bar, and allocates nothing per session.
 */
class StrategyEvaluatorTest {
  private static final String TECH = "Information Technology";

  /** Long tech stocks above SMA20 with RSI below 75 while their sector is strong. */
  static final StrategyProgram TREND =
      new StrategyProgram(
          "trend",
          TECH,
          new All(
              List.of(
                  new SymbolTest(Series.close(), Comparison.ABOVE, new Series(SeriesKind.SMA, 20)),
                  new SymbolTest(new Series(SeriesKind.RSI, 14), Comparison.BELOW, new Level(75)),
                  new BreadthTest(
                      BreadthMeasure.PCT_ABOVE_SMA50, Scope.SECTOR, Comparison.ABOVE, 40),
                  new Any(
                      List.of(
                          new BreadthTest(
                              BreadthMeasure.MCCLELLAN_OSCILLATOR,
                              Scope.UNIVERSE,
                              Comparison.ABOVE,
                              0),
                          new SymbolTest(
                              new Series(SeriesKind.SMA, 10),
                              Comparison.CROSSES_ABOVE,
                              new Series(SeriesKind.SMA, 30)))))),
          null);

  /** Enter on a ROC turn with broad participation, exit when the close crosses below EMA20. */
  static final StrategyProgram TURN =
      new StrategyProgram(
          "turn",
          "",
          new All(
              List.of(
                  new SymbolTest(
                      new Series(SeriesKind.ROC, 10), Comparison.CROSSES_ABOVE, new Level(0)),
                  new BreadthTest(
                      BreadthMeasure.AD_PERCENT, Scope.UNIVERSE, Comparison.ABOVE, -20))),
          new Any(
              List.of(
                  new SymbolTest(
                      Series.close(), Comparison.CROSSES_BELOW, new Series(SeriesKind.EMA, 20)),
                  new BreadthTest(
                      BreadthMeasure.PCT_ABOVE_EMA20, Scope.SECTOR, Comparison.BELOW, 30))));

  @Test
  void trendDecisionsEqualANaiveBatchRecomputation() {
    TestPanels data = new TestPanels(45, 300, 11);
    int[][] evaluated = run(TREND, data);
    Naive naive = new Naive(data);
    int longs = 0;
    for (int s = 0; s < data.symbols.size(); s++) {
      boolean tech = TECH.equals(data.sectorOf.get(data.symbols.get(s)));
      int position = 0;
      for (int t = 0; t < data.sessions.length; t++) {
        int i = naive.bar[s][t];
        if (tech && i >= 0) {
          boolean entry =
              naive.close(s, i) > naive.sma(s, i, 20)
                  && naive.rsi(s, i, 14) < 75
                  && naive.sector(s, t).pctAboveSma50() > 40
                  && (naive.universe(t).mcclellanOscillator() > 0
                      || naive.sma(s, i, 10) > naive.sma(s, i, 30)
                          && naive.sma(s, i - 1, 10) <= naive.sma(s, i - 1, 30));
          position = entry ? 1 : 0;
        }
        assertThat(evaluated[t][s])
            .as(data.symbols.get(s) + " on session " + t)
            .isEqualTo(position);
        longs += position;
      }
    }
    assertThat(longs).as("long symbol-sessions").isGreaterThan(100);
  }

  @Test
  void anExitKeepsTheSymbolLongUntilItHoldsAsANaiveRecomputationDoes() {
    TestPanels data = new TestPanels(45, 300, 12);
    int[][] evaluated = run(TURN, data);
    Naive naive = new Naive(data);
    int entries = 0;
    for (int s = 0; s < data.symbols.size(); s++) {
      int position = 0;
      for (int t = 0; t < data.sessions.length; t++) {
        int i = naive.bar[s][t];
        if (i >= 0) {
          boolean entry =
              naive.roc(s, i, 10) > 0
                  && naive.roc(s, i - 1, 10) <= 0
                  && naive.universeCatalogue(t).adPercent() > -20;
          boolean exit =
              naive.close(s, i) < naive.ema(s, i, 20)
                      && naive.close(s, i - 1) >= naive.ema(s, i - 1, 20)
                  || naive.sectorPctAboveEma20(s, t) < 30;
          int before = position;
          position = position == 0 ? (entry && !exit ? 1 : 0) : (exit ? 0 : 1);
          entries += before == 0 && position == 1 ? 1 : 0;
        }
        assertThat(evaluated[t][s])
            .as(data.symbols.get(s) + " on session " + t)
            .isEqualTo(position);
      }
    }
    assertThat(entries).as("entries").isGreaterThan(50);
  }

  @Test
  void changingALaterCloseChangesNoEarlierDecision() {
    TestPanels data = new TestPanels(45, 300, 13);
    int[][] original = run(TREND, data);
    int from = 200;
    for (double[] closes : data.close) {
      for (int t = from; t < closes.length; t++) {
        closes[t] = Double.isNaN(closes[t]) ? closes[t] : closes[t] * (t % 2 == 0 ? 1.3 : 0.7);
      }
    }
    int[][] changed = run(TREND, data);
    for (int t = 0; t < from; t++) {
      assertThat(changed[t]).as("session " + t).containsExactly(original[t]);
    }
    assertThat(Arrays.deepEquals(original, changed)).as("later decisions do change").isFalse();
  }

  @Test
  void symbolsOutsideTheUniverseStayFlatAndAreNotCounted() {
    TestPanels data = new TestPanels(10, 120, 14);
    List<String> withBenchmark = new ArrayList<>(data.symbols);
    withBenchmark.add("SPY");
    StrategyProgram always =
        new StrategyProgram(
            "always", "", new SymbolTest(Series.close(), Comparison.ABOVE, new Level(0)), null);
    StrategyEvaluator evaluator = new StrategyEvaluator(always, withBenchmark, data.sectorOf);
    int[] direction = new int[withBenchmark.size()];
    double[] closes = Arrays.copyOf(data.session(0), withBenchmark.size());
    closes[withBenchmark.size() - 1] = 400;
    evaluator.onSession(closes, direction);
    assertThat(direction[withBenchmark.size() - 1]).isZero();
    assertThat(Arrays.stream(direction).sum()).isEqualTo(countBars(data.session(0)));
  }

  @Test
  void aCloseEqualToItsAverageInDecimalIsNeitherAboveNorBelowIt() {
    double[][] closes = {{0.3}, {0.1}, {0.2}};
    assertThat((0.3 + 0.1 + 0.2) / 3).as("binary rounding").isNotEqualTo(0.2);
    for (Comparison comparison : List.of(Comparison.ABOVE, Comparison.BELOW)) {
      StrategyProgram program =
          new StrategyProgram(
              "tie",
              "",
              new SymbolTest(Series.close(), comparison, new Series(SeriesKind.SMA, 3)),
              null);
      StrategyEvaluator evaluator = new StrategyEvaluator(program, List.of("A"), Map.of("A", ""));
      int[] direction = new int[1];
      for (double[] close : closes) {
        evaluator.onSession(close, direction);
      }
      assertThat(direction[0]).as(comparison.code()).isZero();
    }
  }

  @Test
  void aSessionAfterWarmUpAllocatesNothing() {
    TestPanels data = new TestPanels(505, 400, 15);
    StrategyEvaluator evaluator = new StrategyEvaluator(TURN, data.symbols, data.sectorOf);
    int[] direction = new int[data.symbols.size()];
    double[][] sessions = new double[data.sessions.length][];
    for (int t = 0; t < sessions.length; t++) {
      sessions[t] = data.session(t);
    }
    for (int t = 0; t < 300; t++) {
      evaluator.onSession(sessions[t], direction);
    }
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    threads.getThreadAllocatedBytes(thread);
    long before = threads.getThreadAllocatedBytes(thread);
    for (int t = 300; t < 400; t++) {
      evaluator.onSession(sessions[t], direction);
    }
    long allocated = threads.getThreadAllocatedBytes(thread) - before;
    assertThat(allocated).as("bytes allocated for 100 sessions of 505 symbols").isLessThan(1024);
  }

  private static int countBars(double[] closes) {
    return (int) Arrays.stream(closes).filter(c -> !Double.isNaN(c)).count();
  }

  /** Directions [t][s] of {@code program} over the data. */
  static int[][] run(StrategyProgram program, TestPanels data) {
    StrategyEvaluator evaluator = new StrategyEvaluator(program, data.symbols, data.sectorOf);
    int[][] out = new int[data.sessions.length][data.symbols.size()];
    for (int t = 0; t < data.sessions.length; t++) {
      evaluator.onSession(data.session(t), out[t]);
    }
    return out;
  }

  /**
   * Independent recomputation from whole series: each symbol's own bars numbered 0, 1, …; plain
   * window means and recursions; breadth of each group from the batch engines.
   */
  private static final class Naive {
    final TestPanels data;
    final int[][] bar;
    final double[][] closes;
    final Map<String, List<BreadthRow>> engine = new HashMap<>();
    final Map<String, List<CatalogueRow>> catalogue = new HashMap<>();

    Naive(TestPanels data) {
      this.data = data;
      int symbols = data.symbols.size();
      bar = new int[symbols][data.sessions.length];
      closes = new double[symbols][];
      for (int s = 0; s < symbols; s++) {
        int n = 0;
        double[] own = new double[data.sessions.length];
        for (int t = 0; t < data.sessions.length; t++) {
          bar[s][t] = Double.isNaN(data.close[s][t]) ? -1 : n;
          if (bar[s][t] >= 0) {
            own[n++] = data.close[s][t];
          }
        }
        closes[s] = Arrays.copyOf(own, n);
      }
      List<String> groups = new ArrayList<>(List.of(""));
      groups.addAll(List.of(TestPanels.SECTORS));
      for (String group : groups) {
        int[] members = data.members(group);
        double[][] close = data.rows(data.close, members);
        double[][] volume = data.rows(data.volume, members);
        engine.put(group, BreadthEngine.compute(data.sessions, close, volume, data.sessions[0]));
        catalogue.put(
            group, BreadthCatalogue.compute(data.sessions, close, volume, data.sessions[0]));
      }
    }

    double close(int s, int i) {
      return i < 0 ? Double.NaN : closes[s][i];
    }

    double sma(int s, int i, int n) {
      if (i + 1 < n) {
        return Double.NaN;
      }
      double sum = 0;
      for (int k = i - n + 1; k <= i; k++) {
        sum += closes[s][k];
      }
      return sum / n;
    }

    double ema(int s, int i, int n) {
      if (i + 1 < n) {
        return Double.NaN;
      }
      double value = sma(s, n - 1, n);
      for (int k = n; k <= i; k++) {
        value = (closes[s][k] - value) * (2.0 / (n + 1)) + value;
      }
      return value;
    }

    double roc(int s, int i, int n) {
      if (i < n) {
        return Double.NaN;
      }
      return (closes[s][i] / closes[s][i - n] - 1) * 100;
    }

    /** Wilder's RSI: simple means of the first n changes, then (avg·(n−1) + x)/n. */
    double rsi(int s, int i, int n) {
      if (i < n) {
        return Double.NaN;
      }
      double gain = 0;
      double loss = 0;
      for (int k = 1; k <= n; k++) {
        double change = closes[s][k] - closes[s][k - 1];
        gain += Math.max(change, 0);
        loss += Math.max(-change, 0);
      }
      gain /= n;
      loss /= n;
      for (int k = n + 1; k <= i; k++) {
        double change = closes[s][k] - closes[s][k - 1];
        gain = (gain * (n - 1) + Math.max(change, 0)) / n;
        loss = (loss * (n - 1) + Math.max(-change, 0)) / n;
      }
      return gain + loss == 0 ? 0 : 100 * gain / (gain + loss);
    }

    BreadthRow universe(int t) {
      return engine.get("").get(t);
    }

    CatalogueRow universeCatalogue(int t) {
      return catalogue.get("").get(t);
    }

    BreadthRow sector(int s, int t) {
      String sector = data.sectorOf.get(data.symbols.get(s));
      return engine.get(sector).get(t);
    }

    /** The sector's % above EMA20, NaN for a symbol without a sector (no sector breadth). */
    double sectorPctAboveEma20(int s, int t) {
      String sector = data.sectorOf.get(data.symbols.get(s));
      return sector.isEmpty() ? Double.NaN : catalogue.get(sector).get(t).pctAboveEma20();
    }
  }
}
