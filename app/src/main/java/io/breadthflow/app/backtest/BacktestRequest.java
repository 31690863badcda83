package io.breadthflow.app.backtest;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.UserText;
import io.breadthflow.app.run.RunRequest;
import io.breadthflow.app.universe.DateRange;
import io.breadthflow.core.adjust.Adjustment;
import io.breadthflow.core.backtest.BacktestConfig;
import io.breadthflow.core.domain.Symbols;
import io.breadthflow.ingest.membership.PointInTimeUniverse;
import io.breadthflow.ingest.universe.Universe;
import java.util.Map;
import java.util.Optional;

/**
 * One backtest: a strategy over a universe's stored daily bars.
 *
 * @param universe the tradable symbols; for a point-in-time universe, every symbol that was ever a
 *     member
 * @param range the sessions traded (stored history before warms up the indicators)
 * @param strategy the strategy and its parameters
 * @param config capital, costs and constraints, each within {@link PortfolioLimits}
 * @param benchmark a benchmark symbol (read only), or empty for the equal-weight universe (of each
 *     session's members, for a point-in-time universe)
 * @param adjustment the price basis read (default {@link Adjustment#TOTAL_RETURN}: returns include
 *     dividends; docs/ADJUSTMENT.md)
 * @param pointInTime the membership history: a symbol is traded only while a member (see {@link
 *     io.breadthflow.core.backtest.Backtester}); empty when every symbol is always tradable
 */
public record BacktestRequest(
    Universe universe,
    DateRange range,
    StrategySpec strategy,
    BacktestConfig config,
    Optional<String> benchmark,
    Adjustment adjustment,
    Optional<PointInTimeUniverse> pointInTime)
    implements RunRequest {

  /** The command every backtest run is recorded under, from any entry point. */
  public static final String COMMAND = "backtest run";

  public BacktestRequest {
    if (universe == null || range == null || strategy == null || config == null) {
      throw UseCaseException.invalid("a backtest needs a universe, a date range and a strategy");
    }
    PortfolioLimits.checked(config);
    benchmark = benchmark == null ? Optional.empty() : benchmark;
    adjustment = adjustment == null ? Adjustment.TOTAL_RETURN : adjustment;
    pointInTime = pointInTime == null ? Optional.empty() : pointInTime;
    benchmark.ifPresent(
        symbol -> {
          if (!Symbols.isValid(symbol)) {
            throw UseCaseException.invalid(
                "invalid benchmark symbol '" + UserText.quoted(symbol) + "'");
          }
        });
  }

  /** A backtest of a fixed universe on total-return prices. */
  public BacktestRequest(
      Universe universe,
      DateRange range,
      StrategySpec strategy,
      BacktestConfig config,
      Optional<String> benchmark) {
    this(universe, range, strategy, config, benchmark, Adjustment.TOTAL_RETURN);
  }

  /** A backtest of a fixed universe on the given price basis. */
  public BacktestRequest(
      Universe universe,
      DateRange range,
      StrategySpec strategy,
      BacktestConfig config,
      Optional<String> benchmark,
      Adjustment adjustment) {
    this(universe, range, strategy, config, benchmark, adjustment, Optional.empty());
  }

  /** A backtest of a point-in-time universe on total-return prices. */
  public static BacktestRequest pointInTime(
      PointInTimeUniverse universe,
      DateRange range,
      StrategySpec strategy,
      BacktestConfig config,
      Optional<String> benchmark) {
    return pointInTime(universe, range, strategy, config, benchmark, Adjustment.TOTAL_RETURN);
  }

  /** A backtest of a point-in-time universe: each symbol traded only while a member. */
  public static BacktestRequest pointInTime(
      PointInTimeUniverse universe,
      DateRange range,
      StrategySpec strategy,
      BacktestConfig config,
      Optional<String> benchmark,
      Adjustment adjustment) {
    UseCaseException.required(universe, "the point-in-time universe");
    return new BacktestRequest(
        universe.everMembers(),
        range,
        strategy,
        config,
        benchmark,
        adjustment,
        Optional.of(universe));
  }

  @Override
  public String command() {
    return COMMAND;
  }

  @Override
  public Map<String, Object> parameters() {
    Map<String, Object> parameters = range.describe(universe);
    parameters.put("strategy", strategy.name());
    parameters.putAll(strategy.parameters());
    parameters.put("symbols", universe.symbols().size());
    benchmark.ifPresent(symbol -> parameters.put("benchmark", symbol));
    parameters.put("adjust", adjustment.code());
    pointInTime.ifPresent(p -> parameters.put("point_in_time", true));
    return parameters;
  }
}
