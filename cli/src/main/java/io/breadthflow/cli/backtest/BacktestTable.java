package io.breadthflow.cli.backtest;

import io.breadthflow.core.backtest.BacktestMetrics;
import io.breadthflow.core.backtest.BacktestResult;
import java.io.PrintWriter;
import java.util.Locale;

/** A backtest's metrics as a table for people. */
final class BacktestTable {
  private BacktestTable() {}

  /** Metrics, readable. */
  static void print(PrintWriter out, String title, BacktestResult result) {
    BacktestMetrics m = result.metrics();
    out.println(title);
    out.printf(
        Locale.ROOT,
        "  sessions %d (%s .. %s), final equity %.2f%n",
        result.equity().length,
        result.sessions().get(0),
        result.sessions().get(result.sessions().size() - 1),
        result.equity()[result.equity().length - 1]);
    row(out, "total return", percent(m.totalReturn()), "benchmark", percent(m.benchmarkReturn()));
    row(out, "CAGR", percent(m.cagr()), "volatility", percent(m.volatility()));
    row(out, "Sharpe", fixed(m.sharpe()), "Sortino", fixed(m.sortino()));
    row(
        out,
        "max drawdown",
        percent(m.maxDrawdown()),
        "drawdown days",
        Integer.toString(m.maxDrawdownDays()));
    row(out, "Calmar", fixed(m.calmar()), "win rate", percent(m.winRate()));
    row(out, "profit factor", fixed(m.profitFactor()), "avg trade", percent(m.avgTrade()));
    row(out, "exposure", percent(m.exposure()), "turnover", fixed(m.turnover()));
    row(
        out,
        "trades",
        Integer.toString(m.trades()),
        "alpha / beta",
        fixed(m.alpha()) + " / " + fixed(m.beta()));
  }

  private static void row(PrintWriter out, String k1, String v1, String k2, String v2) {
    out.printf(Locale.ROOT, "  %-14s %12s   %-14s %12s%n", k1, v1, k2, v2);
  }

  private static String percent(double x) {
    return Double.isFinite(x) ? String.format(Locale.ROOT, "%.2f%%", 100 * x) : "n/a";
  }

  private static String fixed(double x) {
    return Double.isFinite(x) ? String.format(Locale.ROOT, "%.3f", x) : "n/a";
  }
}
