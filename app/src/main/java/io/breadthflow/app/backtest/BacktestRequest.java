package io.breadthflow.app.backtest;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.run.RunRequest;
import io.breadthflow.app.universe.DateRange;
import io.breadthflow.core.adjust.Adjustment;
import io.breadthflow.core.backtest.BacktestConfig;
import io.breadthflow.core.domain.Symbols;
import io.breadthflow.ingest.universe.Universe;
import java.util.Map;
import java.util.Optional;

/**
 * One backtest: a strategy over a universe's stored daily bars.
 *
 * @param universe the tradable symbols
 * @param range the sessions traded (stored history before warms up the indicators)
 * @param strategy the strategy and its parameters
 * @param config capital, costs and constraints, each within {@link PortfolioLimits}
 * @param benchmark a benchmark symbol (read only), or empty for the equal-weight universe
 * @param adjustment the price basis read (default {@link Adjustment#TOTAL_RETURN}: returns include
 *     dividends; docs/ADJUSTMENT.md)
 */
public record BacktestRequest(
    Universe universe,
    DateRange range,
    StrategySpec strategy,
    BacktestConfig config,
    Optional<String> benchmark,
    Adjustment adjustment)
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
    benchmark.ifPresent(
        symbol -> {
          if (!Symbols.isValid(symbol)) {
            throw UseCaseException.invalid("invalid benchmark symbol '" + symbol + "'");
          }
        });
  }

  /** A backtest on total-return prices. */
  public BacktestRequest(
      Universe universe,
      DateRange range,
      StrategySpec strategy,
      BacktestConfig config,
      Optional<String> benchmark) {
    this(universe, range, strategy, config, benchmark, Adjustment.TOTAL_RETURN);
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
    return parameters;
  }
}
