package io.breadthflow.cli.backtest;

import io.breadthflow.cli.UsageException;
import io.breadthflow.cli.signals.StrategyFile;
import io.breadthflow.core.backtest.BreadthSignalStrategy;
import io.breadthflow.core.backtest.RsiReversionStrategy;
import io.breadthflow.core.backtest.SmaCrossStrategy;
import io.breadthflow.core.backtest.Strategy;
import io.breadthflow.core.signal.SignalWeights;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A strategy by name with its parameters: {@code sma-cross} (fast, slow), {@code rsi-reversion}
 * (period, oversold, overbought), {@code breadth} (the default composite signals) or a strategy
 * file of composite weights.
 */
record StrategyChoice(String name, Map<String, Double> parameters) {

  /** Names accepted besides a file. */
  static final String NAMES = "sma-cross, rsi-reversion, breadth or a strategy file";

  /** A new strategy instance (strategies hold state, one per run). */
  Strategy create() {
    try {
      return switch (name) {
        case "sma-cross" -> new SmaCrossStrategy(integer("fast"), integer("slow"));
        case "rsi-reversion" ->
            new RsiReversionStrategy(
                integer("rsi_period"), parameters.get("oversold"), parameters.get("overbought"));
        case "breadth" -> new BreadthSignalStrategy(SignalWeights.defaults());
        default -> new BreadthSignalStrategy(fileWeights());
      };
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** Validates the name now rather than at the first run. */
  StrategyChoice validated() {
    if (!name.equals("sma-cross")
        && !name.equals("rsi-reversion")
        && !name.equals("breadth")
        && !Files.isRegularFile(Path.of(name))) {
      throw new UsageException("unknown strategy '" + name + "': use " + NAMES);
    }
    create();
    return this;
  }

  /** The parameters that matter for this strategy, for display and storage. */
  Map<String, Double> relevantParameters() {
    return switch (name) {
      case "sma-cross" -> Map.of("fast", parameters.get("fast"), "slow", parameters.get("slow"));
      case "rsi-reversion" ->
          Map.of(
              "rsi_period", parameters.get("rsi_period"),
              "oversold", parameters.get("oversold"),
              "overbought", parameters.get("overbought"));
      default -> Map.of();
    };
  }

  private SignalWeights fileWeights() {
    return StrategyFile.read(Path.of(name));
  }

  private int integer(String key) {
    double value = parameters.get(key);
    if (value != Math.rint(value)) {
      throw new UsageException("--" + key.replace('_', '-') + " must be a whole number");
    }
    return (int) value;
  }
}
