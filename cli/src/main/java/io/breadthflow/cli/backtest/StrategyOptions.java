package io.breadthflow.cli.backtest;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.backtest.StrategySpec;
import io.breadthflow.ingest.universe.Universe;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --strategy} with the built-in strategies' parameters, or {@code --strategy-file} (the
 * strategy language), for one run.
 */
public final class StrategyOptions {
  @Option(
      names = "--strategy",
      description = "sma-cross, rsi-reversion, breadth or a strategy file (JSON/YAML weights).")
  private String strategy;

  @Option(
      names = "--strategy-file",
      paramLabel = "FILE",
      description =
          "A strategy-language file (YAML/JSON): per-symbol and breadth conditions, long/flat"
              + " (docs/STRATEGY-LANGUAGE.md).")
  private Path strategyFile;

  @Option(names = "--fast", defaultValue = "50", description = "sma-cross fast period, 1 to 1000.")
  private int fast;

  @Option(names = "--slow", defaultValue = "200", description = "sma-cross slow period, 2 to 1000.")
  private int slow;

  @Option(
      names = "--rsi-period",
      defaultValue = "14",
      description = "rsi-reversion RSI period, 2 to 500.")
  private int rsiPeriod;

  @Option(names = "--oversold", defaultValue = "30", description = "rsi-reversion long entry.")
  private double oversold;

  @Option(names = "--overbought", defaultValue = "70", description = "rsi-reversion short entry.")
  private double overbought;

  /**
   * The chosen strategy, its parameters checked; a strategy file's sector scopes come from {@code
   * universe}. Exactly one of {@code --strategy} and {@code --strategy-file}.
   */
  StrategySpec spec(Universe universe) {
    if ((strategy == null) == (strategyFile == null)) {
      throw UseCaseException.invalid("give either --strategy or --strategy-file");
    }
    if (strategyFile != null) {
      return StrategySpec.Rules.read(strategyFile, universe);
    }
    return switch (strategy) {
      case StrategySpec.SmaCross.NAME -> new StrategySpec.SmaCross(fast, slow);
      case StrategySpec.RsiReversion.NAME ->
          new StrategySpec.RsiReversion(rsiPeriod, oversold, overbought);
      case StrategySpec.Breadth.NAME -> new StrategySpec.Breadth();
      default -> StrategySpec.CompositeFile.read(Path.of(strategy));
    };
  }
}
