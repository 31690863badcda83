package io.breadthflow.app.backtest;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.UserText;
import io.breadthflow.app.run.RunRequest;
import io.breadthflow.app.universe.DateRange;
import io.breadthflow.core.backtest.BacktestConfig;
import io.breadthflow.core.walkforward.Objective;
import io.breadthflow.core.walkforward.WindowMode;
import io.breadthflow.ingest.membership.PointInTimeUniverse;
import io.breadthflow.ingest.universe.Universe;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A walk-forward optimisation: on each training window every grid point is backtested, the best by
 * {@code objective} is chosen and judged on the following test window only ({@link
 * io.breadthflow.core.walkforward.WalkForward}).
 *
 * @param universe the tradable symbols; for a point-in-time universe, every symbol that was ever a
 *     member
 * @param range the sessions walked over: the first training window starts at its start (stored
 *     history before only warms up), the last test window ends at its end
 * @param strategy {@code sma-cross} or {@code rsi-reversion}
 * @param grid the parameter sets, 1 to {@value SweepRequest#MAX_GRID}
 * @param train the training window length, {@link WindowLength#TRAIN_MIN} to {@link
 *     WindowLength#TRAIN_MAX}
 * @param test the test window length (also the step), {@link WindowLength#TEST_MIN} to {@link
 *     WindowLength#TEST_MAX}
 * @param mode rolling or anchored training windows
 * @param objective what training maximises
 * @param config capital, costs and constraints, each within {@link PortfolioLimits}
 * @param parallel threads, 1 to the number of processors
 * @param pointInTime the membership history: in every training and test backtest a symbol is traded
 *     only while a member, as in {@link BacktestRequest#pointInTime()}; empty when every symbol is
 *     always tradable
 */
public record WalkForwardRequest(
    Universe universe,
    DateRange range,
    String strategy,
    List<StrategySpec> grid,
    WindowLength train,
    WindowLength test,
    WindowMode mode,
    Objective objective,
    BacktestConfig config,
    int parallel,
    Optional<PointInTimeUniverse> pointInTime)
    implements RunRequest {

  /** The command every walk-forward run is recorded under, from any entry point. */
  public static final String COMMAND = "backtest walk-forward";

  public WalkForwardRequest {
    UseCaseException.required(universe, "a universe");
    UseCaseException.required(range, "a date range");
    UseCaseException.required(strategy, "a strategy");
    UseCaseException.required(train, "a training window length");
    UseCaseException.required(test, "a test window length");
    UseCaseException.required(mode, "a window mode");
    UseCaseException.required(objective, "an objective");
    UseCaseException.required(config, "a portfolio configuration");
    UseCaseException.requiredEach(grid, "the parameter grid");
    pointInTime = pointInTime == null ? Optional.empty() : pointInTime;
    grid = List.copyOf(grid);
    if (grid.isEmpty()) {
      throw UseCaseException.invalid(
          "the grid is empty: every fast period must be below some slow one");
    }
    if (grid.size() > SweepRequest.MAX_GRID) {
      throw UseCaseException.invalid(
          "the grid has " + grid.size() + " parameter sets; at most " + SweepRequest.MAX_GRID);
    }
    for (StrategySpec spec : grid) {
      if (!spec.name().equals(strategy)) {
        throw UseCaseException.invalid(
            "the grid holds " + spec.name() + " parameter sets, not " + UserText.quoted(strategy));
      }
    }
    train.checked("train", WindowLength.TRAIN_MIN, WindowLength.TRAIN_MAX);
    test.checked("test", WindowLength.TEST_MIN, WindowLength.TEST_MAX);
    int processors = maxParallel();
    if (parallel < 1 || parallel > processors) {
      throw UseCaseException.invalid(
          "parallel must be between 1 and " + processors + " (the processors), got " + parallel);
    }
    PortfolioLimits.checked(config);
  }

  /** A walk-forward over a fixed universe. */
  public WalkForwardRequest(
      Universe universe,
      DateRange range,
      String strategy,
      List<StrategySpec> grid,
      WindowLength train,
      WindowLength test,
      WindowMode mode,
      Objective objective,
      BacktestConfig config,
      int parallel) {
    this(
        universe,
        range,
        strategy,
        grid,
        train,
        test,
        mode,
        objective,
        config,
        parallel,
        Optional.empty());
  }

  /** This walk-forward over the point-in-time universe {@code universe}: its ever-members. */
  public WalkForwardRequest withPointInTime(PointInTimeUniverse universe) {
    UseCaseException.required(universe, "the point-in-time universe");
    return new WalkForwardRequest(
        universe.everMembers(),
        range,
        strategy,
        grid,
        train,
        test,
        mode,
        objective,
        config,
        parallel,
        Optional.of(universe));
  }

  /** The most threads a walk-forward may use: one per processor. */
  public static int maxParallel() {
    return Runtime.getRuntime().availableProcessors();
  }

  @Override
  public String command() {
    return COMMAND;
  }

  @Override
  public Map<String, Object> parameters() {
    Map<String, Object> parameters = range.describe(universe);
    parameters.put("strategy", strategy);
    parameters.put("grid", grid.size());
    parameters.put("train", train.toString());
    parameters.put("test", test.toString());
    parameters.put("mode", mode.name().toLowerCase(Locale.ROOT));
    parameters.put("objective", objective.name().toLowerCase(Locale.ROOT));
    parameters.put("symbols", universe.symbols().size());
    pointInTime.ifPresent(p -> parameters.put("point_in_time", true));
    return parameters;
  }
}
