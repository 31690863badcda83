package io.breadthflow.bench;

import io.breadthflow.core.backtest.BacktestConfig;
import io.breadthflow.core.backtest.SmaCrossStrategy;
import io.breadthflow.core.backtest.Strategy;
import io.breadthflow.core.domain.DailyPanel;
import io.breadthflow.core.walkforward.Objective;
import io.breadthflow.core.walkforward.WalkForward;
import io.breadthflow.core.walkforward.WalkForwardResult;
import io.breadthflow.core.walkforward.WalkForwardWindow;
import io.breadthflow.core.walkforward.WindowMode;
import io.breadthflow.core.walkforward.WindowPlanner;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.BaseStrategy;
import org.ta4j.core.TradingRecord;
import org.ta4j.core.backtest.BarSeriesManager;
import org.ta4j.core.criteria.pnl.ReturnCriterion;
import org.ta4j.core.indicators.SMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.num.DoubleNum;
import org.ta4j.core.rules.OverIndicatorRule;
import org.ta4j.core.rules.UnderIndicatorRule;

/**
 * A 3-year walk-forward (2-year rolling training windows, six 6-month test windows, 2019–2023) of a
 * 50-point {@code sma-cross} grid (fast 10..50 step 10 × slow 100..280 step 20) over 500 simulated
 * symbols, on two threads: BreadthFlow's {@link WalkForward} (portfolio backtests, Sharpe of the
 * equity curve chooses) against the same grid in ta4j 0.17 (each symbol's series run by {@code
 * BarSeriesManager} over each training window, mean return across symbols chooses, the chosen rule
 * then run on the test window), grid points of a window in parallel in both.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class WalkForwardBenchmark {
  private static final int THREADS = 2;
  private static final WalkForward.Listener QUIET =
      new WalkForward.Listener() {
        @Override
        public void trained(WalkForwardWindow window, int point) {}

        @Override
        public void tested(WalkForwardWindow window, int chosen) {}
      };

  private DailyPanel panel;
  private List<WalkForwardWindow> windows;
  private int[][] grid;
  private List<BarSeries> series;
  private ExecutorService pool;

  @Setup(Level.Trial)
  public void setUp() {
    panel = PortfolioData.simulated(500, LocalDate.of(2019, 1, 2), LocalDate.of(2023, 12, 29));
    LocalDate[] sessions = panel.sessions();
    windows =
        WindowPlanner.plan(
            sessions,
            sessions[0],
            sessions[sessions.length - 1],
            Period.ofYears(2),
            Period.ofMonths(6),
            WindowMode.ROLLING);
    List<int[]> points = new ArrayList<>();
    for (int fast = 10; fast <= 50; fast += 10) {
      for (int slow = 100; slow <= 280; slow += 20) {
        points.add(new int[] {fast, slow});
      }
    }
    grid = points.toArray(int[][]::new);
    series = new ArrayList<>();
    for (int s = 0; s < panel.symbols().size(); s++) {
      BarSeries one = new BaseBarSeriesBuilder().withNumTypeOf(DoubleNum.class).build();
      for (int t = 0; t < sessions.length; t++) {
        one.addBar(
            ZonedDateTime.of(sessions[t].atTime(16, 0), ZoneOffset.UTC),
            panel.open()[s][t],
            panel.high()[s][t],
            panel.low()[s][t],
            panel.close()[s][t],
            panel.volume()[s][t]);
      }
      series.add(one);
    }
    pool = Executors.newFixedThreadPool(THREADS);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    pool.shutdownNow();
  }

  @Benchmark
  @Warmup(iterations = 2)
  @Measurement(iterations = 5)
  public WalkForwardResult walkForwardBreadthFlow() throws InterruptedException {
    boolean[] tradable = new boolean[panel.symbols().size()];
    Arrays.fill(tradable, true);
    int[] all = IntStream.range(0, tradable.length).toArray();
    List<Supplier<Strategy>> strategies = new ArrayList<>();
    for (int[] point : grid) {
      strategies.add(() -> new SmaCrossStrategy(point[0], point[1]));
    }
    return new WalkForward(
            panel, tradable, all, BacktestConfig.defaults(1_000_000), Objective.SHARPE)
        .run(windows, strategies, pool, QUIET);
  }

  @Benchmark
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  public double walkForwardTa4j() throws InterruptedException, ExecutionException {
    double outOfSample = 0;
    for (WalkForwardWindow window : windows) {
      List<Future<Double>> scores = new ArrayList<>();
      for (int[] point : grid) {
        scores.add(pool.submit(() -> meanReturn(point, window.trainFrom(), window.trainTo() - 1)));
      }
      int best = 0;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < scores.size(); i++) {
        double score = scores.get(i).get();
        if (score > bestScore) {
          bestScore = score;
          best = i;
        }
      }
      int[] chosen = grid[best];
      outOfSample +=
          pool.submit(() -> meanReturn(chosen, window.testFrom(), window.testTo() - 1)).get();
    }
    return outOfSample;
  }

  /** Mean gross return over the symbols of the rule run from {@code from} to {@code to}. */
  private double meanReturn(int[] point, int from, int to) {
    ReturnCriterion criterion = new ReturnCriterion();
    double sum = 0;
    for (BarSeries one : series) {
      ClosePriceIndicator close = new ClosePriceIndicator(one);
      SMAIndicator fast = new SMAIndicator(close, point[0]);
      SMAIndicator slow = new SMAIndicator(close, point[1]);
      BaseStrategy strategy =
          new BaseStrategy(
              new OverIndicatorRule(fast, slow), new UnderIndicatorRule(fast, slow), point[1] - 1);
      TradingRecord record = new BarSeriesManager(one).run(strategy, from, to);
      sum += criterion.calculate(one, record).doubleValue();
    }
    return sum / series.size();
  }
}
