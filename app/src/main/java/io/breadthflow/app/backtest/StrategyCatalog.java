package io.breadthflow.app.backtest;

import java.util.List;

/**
 * What {@code GET /api/strategies} publishes and the dashboard builds its backtest form from: each
 * built-in strategy with its parameters, and the portfolio settings every strategy takes, with
 * their ranges and defaults.
 */
public final class StrategyCatalog {
  private StrategyCatalog() {}

  /**
   * One strategy.
   *
   * @param name what to send as {@code strategy}
   * @param description what it does
   * @param parameters its own parameters
   */
  public record Entry(String name, String description, List<Limit> parameters) {}

  /**
   * The catalog.
   *
   * @param strategies the built-in strategies
   * @param portfolio the settings every strategy takes
   */
  public record Catalog(List<Entry> strategies, List<Limit> portfolio) {}

  /** The catalog. */
  public static Catalog catalog() {
    return new Catalog(
        List.of(
            new Entry(
                StrategySpec.SmaCross.NAME,
                "long while the fast SMA of the close is above the slow one",
                List.of(StrategySpec.SmaCross.FAST, StrategySpec.SmaCross.SLOW)),
            new Entry(
                StrategySpec.RsiReversion.NAME,
                "long below the oversold RSI level, out above the overbought level",
                List.of(
                    StrategySpec.RsiReversion.PERIOD,
                    StrategySpec.RsiReversion.OVERSOLD,
                    StrategySpec.RsiReversion.OVERBOUGHT)),
            new Entry(
                StrategySpec.Breadth.NAME,
                "the default composite signals: breadth regime, trend, momentum, volatility",
                List.of())),
        PortfolioLimits.ALL);
  }
}
