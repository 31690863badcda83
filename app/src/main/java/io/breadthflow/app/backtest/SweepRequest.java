package io.breadthflow.app.backtest;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.run.RunRequest;
import io.breadthflow.app.universe.DateRange;
import io.breadthflow.core.backtest.BacktestConfig;
import io.breadthflow.ingest.membership.PointInTimeUniverse;
import io.breadthflow.ingest.universe.Universe;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A grid of one built-in strategy's parameters, run in parallel on the same data and ranked by
 * Sharpe.
 *
 * @param universe the tradable symbols; for a point-in-time universe, every symbol that was ever a
 *     member
 * @param range the sessions traded
 * @param strategy {@code sma-cross} or {@code rsi-reversion}
 * @param grid the parameter sets, 1 to {@value #MAX_GRID}
 * @param config capital, costs and constraints
 * @param parallel threads, 1 to 64
 * @param pointInTime the membership history: a symbol is traded only while a member, as in {@link
 *     BacktestRequest#pointInTime()}; empty when every symbol is always tradable
 */
public record SweepRequest(
    Universe universe,
    DateRange range,
    String strategy,
    List<StrategySpec> grid,
    BacktestConfig config,
    int parallel,
    Optional<PointInTimeUniverse> pointInTime)
    implements RunRequest {

  /** Most parameter sets one sweep runs. */
  public static final int MAX_GRID = 1_000;

  public SweepRequest {
    UseCaseException.required(universe, "a universe");
    UseCaseException.required(range, "a date range");
    UseCaseException.required(config, "a portfolio configuration");
    UseCaseException.requiredEach(grid, "the parameter grid");
    pointInTime = pointInTime == null ? Optional.empty() : pointInTime;
    grid = List.copyOf(grid);
    if (grid.isEmpty()) {
      throw UseCaseException.invalid(
          "the grid is empty: every fast period must be below some slow one");
    }
    if (grid.size() > MAX_GRID) {
      throw UseCaseException.invalid(
          "the grid has " + grid.size() + " parameter sets; at most " + MAX_GRID);
    }
    if (parallel < 1 || parallel > 64) {
      throw UseCaseException.invalid("parallel must be between 1 and 64, got " + parallel);
    }
    PortfolioLimits.checked(config);
  }

  /** A sweep over a fixed universe. */
  public SweepRequest(
      Universe universe,
      DateRange range,
      String strategy,
      List<StrategySpec> grid,
      BacktestConfig config,
      int parallel) {
    this(universe, range, strategy, grid, config, parallel, Optional.empty());
  }

  /** A sweep over a point-in-time universe: each symbol traded only while a member. */
  public static SweepRequest pointInTime(
      PointInTimeUniverse universe,
      DateRange range,
      String strategy,
      List<StrategySpec> grid,
      BacktestConfig config,
      int parallel) {
    UseCaseException.required(universe, "the point-in-time universe");
    return new SweepRequest(
        universe.everMembers(), range, strategy, grid, config, parallel, Optional.of(universe));
  }

  /** Every fast × slow pair with fast below slow. */
  public static List<StrategySpec> smaCrossGrid(List<Integer> fast, List<Integer> slow) {
    List<StrategySpec> grid = new ArrayList<>();
    UseCaseException.requiredEach(fast, "fast periods");
    UseCaseException.requiredEach(slow, "slow periods");
    for (int f : fast) {
      for (int s : slow) {
        if (f < s) {
          grid.add(new StrategySpec.SmaCross(f, s));
        }
      }
    }
    return grid;
  }

  /** Every period × oversold pair at one overbought level. */
  public static List<StrategySpec> rsiGrid(
      List<Integer> periods, List<Double> oversold, double overbought) {
    List<StrategySpec> grid = new ArrayList<>();
    UseCaseException.requiredEach(periods, "RSI periods");
    UseCaseException.requiredEach(oversold, "oversold levels");
    for (int p : periods) {
      for (double o : oversold) {
        grid.add(new StrategySpec.RsiReversion(p, o, overbought));
      }
    }
    return grid;
  }

  @Override
  public String command() {
    return "backtest sweep";
  }

  @Override
  public Map<String, Object> parameters() {
    Map<String, Object> parameters = range.describe(universe);
    parameters.put("strategy", strategy);
    parameters.put("grid", grid.size());
    pointInTime.ifPresent(p -> parameters.put("point_in_time", true));
    return parameters;
  }
}
