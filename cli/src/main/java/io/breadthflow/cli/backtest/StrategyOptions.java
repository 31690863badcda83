package io.breadthflow.cli.backtest;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** {@code --strategy} and the built-in strategies' parameters for one run. */
public final class StrategyOptions {
  @Option(
      names = "--strategy",
      required = true,
      description = "sma-cross, rsi-reversion, breadth or a strategy file (JSON/YAML weights).")
  private String strategy;

  @Option(names = "--fast", defaultValue = "50", description = "sma-cross fast period.")
  private int fast;

  @Option(names = "--slow", defaultValue = "200", description = "sma-cross slow period.")
  private int slow;

  @Option(names = "--rsi-period", defaultValue = "14", description = "rsi-reversion RSI period.")
  private int rsiPeriod;

  @Option(names = "--oversold", defaultValue = "30", description = "rsi-reversion long entry.")
  private double oversold;

  @Option(names = "--overbought", defaultValue = "70", description = "rsi-reversion short entry.")
  private double overbought;

  StrategyChoice choice() {
    Map<String, Double> parameters = new LinkedHashMap<>();
    parameters.put("fast", (double) fast);
    parameters.put("slow", (double) slow);
    parameters.put("rsi_period", (double) rsiPeriod);
    parameters.put("oversold", oversold);
    parameters.put("overbought", overbought);
    return new StrategyChoice(strategy, parameters).validated();
  }
}
