package io.breadthflow.app.backtest;

import io.breadthflow.core.backtest.BacktestConfig;
import io.breadthflow.core.backtest.Direction;
import io.breadthflow.core.backtest.Quantities;
import io.breadthflow.core.backtest.Sizing;
import java.util.List;

/**
 * The documented ranges of a backtest's capital, costs and constraints. Bounds keep every running
 * sum finite: capital up to 10¹², costs up to 10% a fill.
 */
public final class PortfolioLimits {
  public static final Limit INITIAL_CAPITAL =
      Limit.number("initial_capital", 1, 1e12, 100_000, "starting cash, currency units");
  public static final Limit COMMISSION_BPS =
      Limit.number("commission_bps", 0, 1_000, 0, "commission, basis points of the notional");
  public static final Limit COMMISSION_PER_SHARE =
      Limit.number("commission_per_share", 0, 100, 0, "commission per share traded");
  public static final Limit SLIPPAGE_BPS =
      Limit.number("slippage_bps", 0, 1_000, 0, "adverse move on every fill, basis points");
  public static final Limit TARGET_VOLATILITY =
      Limit.number(
          "target_volatility",
          0.01,
          5,
          0.15,
          "annualised volatility per position (volatility_target)");
  public static final Limit MAX_POSITIONS =
      Limit.integer("max_positions", 0, 1_000, 0, "most positions at once; 0 = one per symbol");
  public static final Limit RISK_FREE_RATE =
      Limit.number("risk_free_rate", -0.5, 1, 0, "annual risk-free rate for Sharpe and Sortino");

  /** All of them, in the order the form shows them. */
  public static final List<Limit> ALL =
      List.of(
          INITIAL_CAPITAL,
          COMMISSION_BPS,
          COMMISSION_PER_SHARE,
          SLIPPAGE_BPS,
          TARGET_VOLATILITY,
          MAX_POSITIONS,
          RISK_FREE_RATE);

  private PortfolioLimits() {}

  /** {@code config} when every value is in its range. */
  public static BacktestConfig checked(BacktestConfig config) {
    INITIAL_CAPITAL.check(config.initialCapital());
    COMMISSION_BPS.check(config.commissionBps());
    COMMISSION_PER_SHARE.check(config.commissionPerShare());
    SLIPPAGE_BPS.check(config.slippageBps());
    TARGET_VOLATILITY.check(config.targetVolatility());
    MAX_POSITIONS.checkInt(config.maxPositions());
    RISK_FREE_RATE.check(config.riskFreeRate());
    return config;
  }

  /** The default configuration: the limits' fallbacks, equal weight, long-only. */
  public static BacktestConfig defaults() {
    return new BacktestConfig(
        INITIAL_CAPITAL.fallback(),
        COMMISSION_BPS.fallback(),
        COMMISSION_PER_SHARE.fallback(),
        SLIPPAGE_BPS.fallback(),
        Quantities.FRACTIONAL,
        Sizing.EQUAL_WEIGHT,
        TARGET_VOLATILITY.fallback(),
        (int) MAX_POSITIONS.fallback(),
        Direction.LONG_ONLY,
        RISK_FREE_RATE.fallback());
  }
}
