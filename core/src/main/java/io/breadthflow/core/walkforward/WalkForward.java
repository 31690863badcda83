package io.breadthflow.core.walkforward;

import io.breadthflow.core.backtest.BacktestConfig;
import io.breadthflow.core.backtest.BacktestMetrics;
import io.breadthflow.core.backtest.BacktestResult;
import io.breadthflow.core.backtest.Backtester;
import io.breadthflow.core.backtest.MetricsCalculator;
import io.breadthflow.core.backtest.RoundTrip;
import io.breadthflow.core.backtest.Strategy;
import io.breadthflow.core.domain.DailyPanel;
import io.breadthflow.core.domain.MemberMask;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Walk-forward optimisation over one panel. For each window, every grid point is backtested on the
 * training sessions only (the panel cut after the training window's last session; earlier history
 * only warms the strategy up), the best by the {@link Objective} is chosen, and that one alone is
 * backtested on the test sessions (the panel cut after the test window's last session, so no later
 * bar exists for it; earlier bars warm it up, and it starts flat). Each test backtest starts from
 * the configured capital and is rescaled to the equity the previous test window ended with, so the
 * stitched curve is what one account would have done; positions are marked at each test window's
 * last close and the next window starts flat.
 *
 * <p>Grid points of a window run in parallel on the given executor; windows run one after the
 * other. The deflated Sharpe ratio treats the stitched out-of-sample returns as the selected
 * strategy among N = grid size × windows trials, whose Sharpe ratios are every grid point's
 * training Sharpe ratio in every window.
 */
public final class WalkForward {
  /** Told as each backtest of a walk-forward ends, from the thread that runs the walk-forward. */
  public interface Listener {
    /** Grid point {@code point} of window {@code window} was backtested on its training window. */
    void trained(WalkForwardWindow window, int point);

    /** The chosen set was backtested on the test window of {@code window}. */
    void tested(WalkForwardWindow window, int chosen);
  }

  private final DailyPanel panel;
  private final boolean[] tradable;
  private final MemberMask members;
  private final int[] benchmark;
  private final BacktestConfig config;
  private final Objective objective;

  /**
   * @param panel the bars
   * @param tradable which symbols strategies may trade
   * @param benchmark the benchmark's symbol indices
   * @param config capital, costs and constraints of every backtest
   * @param objective what training maximises
   */
  public WalkForward(
      DailyPanel panel,
      boolean[] tradable,
      int[] benchmark,
      BacktestConfig config,
      Objective objective) {
    this(
        panel,
        tradable,
        MemberMask.all(panel.symbols().size(), panel.sessions().length),
        benchmark,
        config,
        objective);
  }

  /**
   * A walk-forward over a point-in-time universe: symbol s is traded at session t only while {@code
   * members.isMember(s, t)} (see {@link Backtester}); the mask is cut with the panel, so each
   * window's backtests see the membership of their sessions only.
   *
   * @param panel the bars
   * @param tradable which symbols strategies may trade
   * @param members on which sessions each symbol is a member, over the panel's sessions
   * @param benchmark the benchmark's symbol indices
   * @param config capital, costs and constraints of every backtest
   * @param objective what training maximises
   * @throws IllegalArgumentException when the mask's size differs from the panel's
   */
  public WalkForward(
      DailyPanel panel,
      boolean[] tradable,
      MemberMask members,
      int[] benchmark,
      BacktestConfig config,
      Objective objective) {
    if (members.symbols() != panel.symbols().size()
        || members.sessions() != panel.sessions().length) {
      throw new IllegalArgumentException(
          "the member mask is "
              + members.symbols()
              + " symbols x "
              + members.sessions()
              + " sessions, the panel "
              + panel.symbols().size()
              + " x "
              + panel.sessions().length);
    }
    this.panel = panel;
    this.members = members;
    this.tradable = tradable.clone();
    this.benchmark = benchmark.clone();
    this.config = config;
    this.objective = objective;
  }

  /**
   * Runs {@code windows} (planned on this panel's sessions) over {@code grid}, whose suppliers make
   * a fresh strategy per call, on {@code pool}.
   *
   * @throws InterruptedException when interrupted while waiting for a backtest
   */
  public WalkForwardResult run(
      List<WalkForwardWindow> windows,
      List<? extends Supplier<? extends Strategy>> grid,
      ExecutorService pool,
      Listener listener)
      throws InterruptedException {
    if (windows.isEmpty() || grid.isEmpty()) {
      throw new IllegalArgumentException("a walk-forward needs at least one window and grid point");
    }
    List<WindowResult> results = new ArrayList<>();
    List<BacktestResult> tests = new ArrayList<>();
    double[] trialSharpes = new double[windows.size() * grid.size()];
    for (int w = 0; w < windows.size(); w++) {
      WalkForwardWindow window = windows.get(w);
      DailyPanel training = prefix(panel, window.trainTo());
      MemberMask trainingMembers = members.firstSessions(window.trainTo());
      LocalDate trainStart = window.trainStart();
      List<Future<BacktestResult>> futures = new ArrayList<>();
      for (Supplier<? extends Strategy> point : grid) {
        futures.add(
            pool.submit(() -> backtest(training, trainingMembers, trainStart, point.get())));
      }
      List<BacktestMetrics> trained = new ArrayList<>();
      int best = 0;
      for (int i = 0; i < futures.size(); i++) {
        BacktestMetrics m = await(futures.get(i)).metrics();
        trained.add(m);
        trialSharpes[w * grid.size() + i] =
            m.sharpe() / Math.sqrt(MetricsCalculator.SESSIONS_PER_YEAR);
        if (objective.score(m) > objective.score(trained.get(best))) {
          best = i;
        }
        listener.trained(window, i);
      }
      Strategy chosen = grid.get(best).get();
      DailyPanel testing = prefix(panel, window.testTo());
      MemberMask testingMembers = members.firstSessions(window.testTo());
      BacktestResult test =
          await(pool.submit(() -> backtest(testing, testingMembers, window.testStart(), chosen)));
      tests.add(test);
      results.add(new WindowResult(window, best, List.copyOf(trained), test.metrics()));
      listener.tested(window, best);
    }
    return stitch(results, tests, trialSharpes, grid.size() * windows.size());
  }

  private BacktestResult backtest(
      DailyPanel data, MemberMask mask, LocalDate from, Strategy strategy) {
    return Backtester.run(data, from, strategy, config, benchmark, tradable, mask);
  }

  private WalkForwardResult stitch(
      List<WindowResult> windows, List<BacktestResult> tests, double[] trialSharpes, int trials) {
    int length = tests.stream().mapToInt(t -> t.equity().length).sum();
    double[] equity = new double[length];
    double[] bench = new double[length];
    List<LocalDate> sessions = new ArrayList<>(length);
    List<RoundTrip> trades = new ArrayList<>();
    double capital = config.initialCapital();
    double scale = 1;
    double benchScale = 1;
    double exposureSum = 0;
    double notional = 0;
    int at = 0;
    for (BacktestResult test : tests) {
      double[] e = test.equity();
      double[] b = test.benchmark();
      double meanEquity = 0;
      for (int t = 0; t < e.length; t++) {
        equity[at + t] = e[t] * scale;
        bench[at + t] = b[t] * benchScale;
        meanEquity += e[t];
      }
      meanEquity /= e.length;
      sessions.addAll(test.sessions());
      BacktestMetrics m = test.metrics();
      exposureSum += m.exposure() * e.length;
      int n = e.length - 1;
      notional += scale * m.turnover() * meanEquity * n / MetricsCalculator.SESSIONS_PER_YEAR;
      for (RoundTrip r : test.trades()) {
        trades.add(
            new RoundTrip(
                r.symbol(),
                r.side(),
                r.quantity() * scale,
                r.entryDate(),
                r.entryPrice(),
                r.exitDate(),
                r.exitPrice(),
                r.pnl() * scale,
                r.returnFraction(),
                r.open()));
      }
      at += e.length;
      scale = equity[at - 1] / capital;
      benchScale = bench[at - 1] / capital;
    }
    BacktestMetrics metrics =
        MetricsCalculator.compute(
            equity, bench, trades, exposureSum, notional, config.riskFreeRate());
    double[] returns = new double[length - 1];
    for (int t = 0; t < returns.length; t++) {
      returns[t] = equity[t + 1] / equity[t] - 1;
    }
    DeflatedSharpe dsr =
        DeflatedSharpe.of(
            returns,
            config.riskFreeRate() / MetricsCalculator.SESSIONS_PER_YEAR,
            trialSharpes,
            trials);
    return new WalkForwardResult(
        List.copyOf(windows),
        List.copyOf(sessions),
        equity,
        bench,
        List.copyOf(trades),
        metrics,
        dsr);
  }

  /** The first {@code sessions} sessions of {@code panel}, copied: no later bar is reachable. */
  static DailyPanel prefix(DailyPanel panel, int sessions) {
    return new DailyPanel(
        panel.symbols(),
        Arrays.copyOf(panel.sessions(), sessions),
        cut(panel.open(), sessions),
        cut(panel.high(), sessions),
        cut(panel.low(), sessions),
        cut(panel.close(), sessions),
        cut(panel.volume(), sessions));
  }

  private static double[][] cut(double[][] columns, int sessions) {
    double[][] out = new double[columns.length][];
    for (int s = 0; s < columns.length; s++) {
      out[s] = Arrays.copyOf(columns[s], sessions);
    }
    return out;
  }

  private static <T> T await(Future<T> future) throws InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
