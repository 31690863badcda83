package io.breadthflow.core.walkforward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.breadthflow.core.backtest.BacktestConfig;
import io.breadthflow.core.backtest.BacktestMetrics;
import io.breadthflow.core.backtest.BacktestResult;
import io.breadthflow.core.backtest.Backtester;
import io.breadthflow.core.backtest.SmaCrossStrategy;
import io.breadthflow.core.backtest.Strategy;
import io.breadthflow.core.domain.DailyPanel;
import io.breadthflow.core.domain.MemberMask;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WalkForwardTest {
  private static final LocalDate START = LocalDate.of(2020, 1, 1);
  private static final LocalDate END = LocalDate.of(2022, 12, 31);
  private static final BacktestConfig CONFIG = BacktestConfig.defaults(100_000);
  private static final List<Supplier<Strategy>> GRID = grid();

  private final ExecutorService pool = Executors.newFixedThreadPool(2);
  private final List<String> events = new ArrayList<>();
  private final WalkForward.Listener listener =
      new WalkForward.Listener() {
        @Override
        public void trained(WalkForwardWindow window, int point) {
          events.add("train " + window.index() + "." + point);
        }

        @Override
        public void tested(WalkForwardWindow window, int chosen) {
          events.add("test " + window.index());
        }
      };

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  private static List<Supplier<Strategy>> grid() {
    List<Supplier<Strategy>> grid = new ArrayList<>();
    for (int fast : new int[] {5, 10, 20}) {
      for (int slow : new int[] {40, 80}) {
        grid.add(() -> new SmaCrossStrategy(fast, slow));
      }
    }
    return grid;
  }

  /**
   * Drifting random walks on weekdays; from session index {@code reseedAfter} on, every bar comes
   * from a second generator (both are drawn every session, so earlier bars stay the same).
   */
  static DailyPanel panel(int symbols, long seed, int reseedAfter) {
    LocalDate[] sessions = WindowPlannerTest.weekdays(START, END);
    SplittableRandom random = new SplittableRandom(seed);
    SplittableRandom other = new SplittableRandom(seed + 99);
    double[][] open = new double[symbols][sessions.length];
    double[][] close = new double[symbols][sessions.length];
    double[][] volume = new double[symbols][sessions.length];
    List<String> names = new ArrayList<>();
    for (int s = 0; s < symbols; s++) {
      names.add("S" + s);
      double price = 50 + 50 * random.nextDouble();
      for (int t = 0; t < sessions.length; t++) {
        double gap = random.nextGaussian();
        double move = random.nextGaussian();
        double otherGap = other.nextGaussian();
        double otherMove = other.nextGaussian();
        boolean redrawn = t >= reseedAfter;
        open[s][t] = price * Math.exp(0.004 * (redrawn ? otherGap : gap));
        close[s][t] = open[s][t] * Math.exp(0.0004 + 0.015 * (redrawn ? otherMove : move));
        volume[s][t] = 1000;
        price = close[s][t];
      }
    }
    return new DailyPanel(
        names, sessions, open, envelope(open, close, 1), envelope(open, close, -1), close, volume);
  }

  private static double[][] envelope(double[][] open, double[][] close, int side) {
    double[][] out = new double[open.length][];
    for (int s = 0; s < open.length; s++) {
      out[s] = new double[open[s].length];
      for (int t = 0; t < out[s].length; t++) {
        out[s][t] =
            side > 0 ? Math.max(open[s][t], close[s][t]) : Math.min(open[s][t], close[s][t]);
      }
    }
    return out;
  }

  private WalkForwardResult run(DailyPanel panel, WindowMode mode) throws InterruptedException {
    boolean[] tradable = new boolean[panel.symbols().size()];
    Arrays.fill(tradable, true);
    int[] all = IntStream.range(0, tradable.length).toArray();
    List<WalkForwardWindow> windows =
        WindowPlanner.plan(
            panel.sessions(), START, END, Period.ofYears(1), Period.ofMonths(6), mode);
    return new WalkForward(panel, tradable, all, CONFIG, Objective.SHARPE)
        .run(windows, GRID, pool, listener);
  }

  @Test
  void eachWindowChoosesTheBestTrainingScoreAndIsJudgedOnItsTestSessionsOnly()
      throws InterruptedException {
    DailyPanel panel = panel(6, 1, Integer.MAX_VALUE);
    WalkForwardResult result = run(panel, WindowMode.ROLLING);

    assertThat(result.windows()).hasSize(4);
    int[] all = IntStream.range(0, 6).toArray();
    for (WindowResult w : result.windows()) {
      WalkForwardWindow window = w.window();
      double best = Double.NEGATIVE_INFINITY;
      int bestAt = -1;
      for (int i = 0; i < GRID.size(); i++) {
        // Independently: the grid point backtested on the panel cut after the training window.
        BacktestResult alone =
            Backtester.run(
                WalkForward.prefix(panel, window.trainTo()),
                window.trainStart(),
                GRID.get(i).get(),
                CONFIG,
                all);
        assertThat(alone.equity()).hasSize(window.trainSessions());
        assertThat(w.trainingMetrics().get(i)).isEqualTo(alone.metrics());
        if (alone.metrics().sharpe() > best) {
          best = alone.metrics().sharpe();
          bestAt = i;
        }
      }
      assertThat(w.chosen()).isEqualTo(bestAt);
      BacktestResult test =
          Backtester.run(
              WalkForward.prefix(panel, window.testTo()),
              window.testStart(),
              GRID.get(bestAt).get(),
              CONFIG,
              all);
      assertThat(test.equity()).hasSize(window.testSessions());
      assertThat(w.outOfSample()).isEqualTo(test.metrics());
    }
    assertThat(events).hasSize(4 * (GRID.size() + 1)).contains("train 0.0", "test 3");
  }

  @Test
  void withAMemberMaskEachBacktestSeesTheMaskCutWithItsPanel() throws InterruptedException {
    DailyPanel panel = panel(6, 1, Integer.MAX_VALUE);
    int sessions = panel.sessions().length;
    boolean[][] member = new boolean[6][sessions];
    for (int s = 0; s < 6; s++) {
      for (int t = 0; t < sessions; t++) {
        member[s][t] = s < 2 || (s < 4 ? t >= 150 * s : t < 200 * s - 300);
      }
    }
    MemberMask mask = MemberMask.of(member, sessions);
    boolean[] tradable = new boolean[6];
    Arrays.fill(tradable, true);
    int[] all = IntStream.range(0, 6).toArray();
    List<WalkForwardWindow> windows =
        WindowPlanner.plan(
            panel.sessions(),
            START,
            END,
            Period.ofYears(1),
            Period.ofMonths(6),
            WindowMode.ROLLING);

    WalkForwardResult masked =
        new WalkForward(panel, tradable, mask, all, CONFIG, Objective.SHARPE)
            .run(windows, GRID, pool, listener);
    WalkForwardResult plain = run(panel, WindowMode.ROLLING);

    for (WindowResult w : masked.windows()) {
      WalkForwardWindow window = w.window();
      for (int i = 0; i < GRID.size(); i++) {
        BacktestResult alone =
            Backtester.run(
                WalkForward.prefix(panel, window.trainTo()),
                window.trainStart(),
                GRID.get(i).get(),
                CONFIG,
                all,
                tradable,
                mask.firstSessions(window.trainTo()));
        assertThat(w.trainingMetrics().get(i)).isEqualTo(alone.metrics());
      }
      BacktestResult test =
          Backtester.run(
              WalkForward.prefix(panel, window.testTo()),
              window.testStart(),
              GRID.get(w.chosen()).get(),
              CONFIG,
              all,
              tradable,
              mask.firstSessions(window.testTo()));
      assertThat(w.outOfSample()).isEqualTo(test.metrics());
    }
    assertThat(masked.trades())
        .allSatisfy(
            r ->
                assertThat(
                        mask.isMember(
                            Integer.parseInt(r.symbol().substring(1)),
                            Arrays.asList(panel.sessions()).indexOf(r.entryDate())))
                    .as(r.toString())
                    .isTrue());
    assertThat(masked.equity()).isNotEqualTo(plain.equity());
  }

  @Test
  void aMemberMaskOfAnotherSizeThanThePanelIsRejected() {
    DailyPanel panel = panel(2, 1, Integer.MAX_VALUE);

    assertThatThrownBy(
            () ->
                new WalkForward(
                    panel,
                    new boolean[] {true, true},
                    MemberMask.all(2, panel.sessions().length - 1),
                    new int[] {0, 1},
                    CONFIG,
                    Objective.SHARPE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the member mask is 2 symbols x");
  }

  @Test
  void barsAfterATestWindowChangeNothingUpToIt() throws InterruptedException {
    DailyPanel original = panel(6, 3, Integer.MAX_VALUE);
    WalkForwardResult before = run(original, WindowMode.ROLLING);
    int cut = before.windows().get(1).window().testTo();
    WalkForwardResult after = run(panel(6, 3, cut), WindowMode.ROLLING);

    for (int k = 0; k < 2; k++) {
      WindowResult a = before.windows().get(k);
      WindowResult b = after.windows().get(k);
      assertThat(b.chosen()).isEqualTo(a.chosen());
      assertThat(b.trainingMetrics()).isEqualTo(a.trainingMetrics());
      assertThat(b.outOfSample()).isEqualTo(a.outOfSample());
    }
    int stitchedUpToCut =
        before.windows().get(0).window().testSessions()
            + before.windows().get(1).window().testSessions();
    assertThat(Arrays.copyOf(after.equity(), stitchedUpToCut))
        .containsExactly(Arrays.copyOf(before.equity(), stitchedUpToCut));
    assertThat(after.windows().get(3).outOfSample())
        .isNotEqualTo(before.windows().get(3).outOfSample());
  }

  @Test
  void theOutOfSampleCurveIsStitchedFromTheTestWindowsAtThePreviousEndingEquity()
      throws InterruptedException {
    WalkForwardResult result = run(panel(6, 5, Integer.MAX_VALUE), WindowMode.ANCHORED);

    assertThat(result.equity()[0]).isEqualTo(CONFIG.initialCapital());
    assertThat(result.sessions())
        .isSorted()
        .doesNotHaveDuplicates()
        .hasSize(result.equity().length);
    int at = 0;
    double growth = 1;
    for (WindowResult w : result.windows()) {
      BacktestMetrics m = w.outOfSample();
      if (at > 0) {
        assertThat(result.equity()[at])
            .isCloseTo(result.equity()[at - 1], within(1e-12 * result.equity()[at - 1]));
      }
      assertThat(result.sessions().get(at)).isEqualTo(w.window().testStart());
      at += w.window().testSessions();
      assertThat(result.equity()[at - 1] / result.equity()[0])
          .isCloseTo(growth * (1 + m.totalReturn()), within(1e-9));
      growth *= 1 + m.totalReturn();
    }
    assertThat(at).isEqualTo(result.equity().length);
    assertThat(result.outOfSample().totalReturn()).isCloseTo(growth - 1, within(1e-9));
    assertThat(result.deflatedSharpe().trials()).isEqualTo(GRID.size() * 4);
    assertThat(result.deflatedSharpe().observations()).isEqualTo(result.equity().length - 1);
    assertThat(result.deflatedSharpe().sharpe() * Math.sqrt(252))
        .isCloseTo(result.outOfSample().sharpe(), within(1e-9));
    assertThat(result.deflatedSharpe().deflated())
        .isBetween(0.0, 1.0)
        .isLessThanOrEqualTo(result.deflatedSharpe().probabilistic());
  }
}
