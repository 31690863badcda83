package io.breadthflow.core.walkforward;

import io.breadthflow.core.backtest.BacktestMetrics;

/** What a walk-forward maximises on each training window to choose the parameters. */
public enum Objective {
  /** Annualised Sharpe ratio. */
  SHARPE,
  /** Annualised Sortino ratio. */
  SORTINO,
  /** CAGR over the maximum drawdown. */
  CALMAR,
  /** Compound annual growth rate. */
  CAGR,
  /** Total return. */
  TOTAL_RETURN;

  /** The value to maximise; an undefined metric ranks below every defined one. */
  public double score(BacktestMetrics m) {
    double value =
        switch (this) {
          case SHARPE -> m.sharpe();
          case SORTINO -> m.sortino();
          case CALMAR -> m.calmar();
          case CAGR -> m.cagr();
          case TOTAL_RETURN -> m.totalReturn();
        };
    return Double.isNaN(value) ? Double.NEGATIVE_INFINITY : value;
  }
}
