package io.breadthflow.cli.backtest;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.core.backtest.BacktestConfig;
import io.breadthflow.core.backtest.Direction;
import io.breadthflow.core.backtest.Quantities;
import io.breadthflow.core.backtest.Sizing;
import picocli.CommandLine.Option;

/** Capital, costs, sizing and constraints of a backtest. */
public final class CostOptions {
  /** Sizing names on the command line. */
  enum SizingName {
    equal_weight(Sizing.EQUAL_WEIGHT),
    volatility_target(Sizing.VOLATILITY_TARGET);

    private final Sizing sizing;

    SizingName(Sizing sizing) {
      this.sizing = sizing;
    }
  }

  @Option(names = "--initial-capital", defaultValue = "100000", description = "Starting cash.")
  private double initialCapital;

  @Option(
      names = "--commission-bps",
      defaultValue = "0",
      description = "Commission, basis points of notional.")
  private double commissionBps;

  @Option(
      names = "--commission-per-share",
      defaultValue = "0",
      description = "Commission per share.")
  private double commissionPerShare;

  @Option(
      names = "--slippage-bps",
      defaultValue = "0",
      description = "Slippage against the trader on every fill, basis points.")
  private double slippageBps;

  @Option(names = "--whole-shares", description = "Round quantities down to whole shares.")
  private boolean wholeShares;

  @Option(
      names = "--sizing",
      defaultValue = "equal_weight",
      description = "equal_weight or volatility_target (default ${DEFAULT-VALUE}).")
  private SizingName sizing;

  @Option(
      names = "--target-volatility",
      defaultValue = "0.15",
      description = "Annualised volatility per position under volatility_target.")
  private double targetVolatility;

  @Option(
      names = "--max-positions",
      defaultValue = "0",
      description = "Most positions at once; 0 = one per symbol.")
  private int maxPositions;

  @Option(names = "--long-short", description = "Allow short positions (long-only by default).")
  private boolean longShort;

  @Option(
      names = "--risk-free-rate",
      defaultValue = "0",
      description = "Annual risk-free rate for Sharpe and Sortino.")
  private double riskFreeRate;

  /** The configuration (its ranges are checked by the request it goes into). */
  BacktestConfig config() {
    try {
      return new BacktestConfig(
          initialCapital,
          commissionBps,
          commissionPerShare,
          slippageBps,
          wholeShares ? Quantities.WHOLE_SHARES : Quantities.FRACTIONAL,
          sizing.sizing,
          targetVolatility,
          maxPositions,
          longShort ? Direction.LONG_SHORT : Direction.LONG_ONLY,
          riskFreeRate);
    } catch (IllegalArgumentException e) {
      throw UseCaseException.invalid(e.getMessage());
    }
  }
}
