package io.breadthflow.cli.backtest;

import io.breadthflow.app.backtest.StrategySpec;
import io.breadthflow.app.backtest.WalkForwardReport;
import io.breadthflow.app.backtest.WalkForwardRequest;
import io.breadthflow.cli.format.ShortestDecimal;
import io.breadthflow.core.backtest.BacktestMetrics;
import io.breadthflow.core.walkforward.DeflatedSharpe;
import io.breadthflow.core.walkforward.ParameterStability;
import io.breadthflow.core.walkforward.WindowResult;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A walk-forward for people: one row per window, then the out-of-sample summary. */
final class WalkForwardTable {
  private WalkForwardTable() {}

  static void print(
      PrintWriter out, long runId, WalkForwardRequest request, WalkForwardReport report) {
    out.printf(
        Locale.ROOT,
        "walk-forward %d: %s on %s, %d parameter sets, train %s, test %s, %s, by %s%n",
        runId,
        request.strategy(),
        request.universe().name(),
        request.grid().size(),
        request.train(),
        request.test(),
        request.mode().name().toLowerCase(Locale.ROOT),
        request.objective().name().toLowerCase(Locale.ROOT));
    out.printf(
        Locale.ROOT,
        "%-6s %-23s %-23s %-28s %9s %10s %9s%n",
        "window",
        "train",
        "test",
        "chosen",
        "IS sharpe",
        "OOS return",
        "OOS sharpe");
    for (WindowResult w : report.result().windows()) {
      out.printf(
          Locale.ROOT,
          "%-6d %-23s %-23s %-28s %9s %10s %9s%n",
          w.window().index() + 1,
          w.window().trainStart() + ".." + w.window().trainEnd(),
          w.window().testStart() + ".." + w.window().testEnd(),
          describe(report.grid().get(w.chosen())),
          fixed(w.inSample().sharpe()),
          percent(w.outOfSample().totalReturn()),
          fixed(w.outOfSample().sharpe()));
    }
    BacktestMetrics m = report.result().outOfSample();
    List<LocalDate> sessions = report.result().sessions();
    out.printf(
        Locale.ROOT,
        "out of sample %s..%s: return %s, CAGR %s, Sharpe %s, max drawdown %s, trades %d"
            + " (benchmark %s)%n",
        sessions.get(0),
        sessions.get(sessions.size() - 1),
        percent(m.totalReturn()),
        percent(m.cagr()),
        fixed(m.sharpe()),
        percent(m.maxDrawdown()),
        m.trades(),
        percent(m.benchmarkReturn()));
    DeflatedSharpe d = report.result().deflatedSharpe();
    out.printf(
        Locale.ROOT,
        "deflated Sharpe ratio %s (probabilistic vs 0: %s; %d trials, expected best Sharpe of"
            + " chance %s a session, observed %s)%n",
        fixed(d.deflated()),
        fixed(d.probabilistic()),
        d.trials(),
        fixed(d.expectedMaximum()),
        fixed(d.sharpe()));
    ParameterStability s = report.stability();
    StringBuilder spreads = new StringBuilder();
    for (ParameterStability.Spread p : s.parameters()) {
      spreads.append(
          String.format(
              Locale.ROOT,
              "; %s %s..%s (mean %s, sd %s, %s of the grid's range)",
              p.name(),
              ShortestDecimal.format(p.min()),
              ShortestDecimal.format(p.max()),
              ShortestDecimal.format(Math.round(p.mean() * 100) / 100.0),
              ShortestDecimal.format(Math.round(p.deviation() * 100) / 100.0),
              percent(p.relativeRange())));
    }
    out.printf(
        Locale.ROOT,
        "stability: the chosen set changed %d of %d times (%s), %d distinct sets%s%n",
        s.changes(),
        Math.max(0, s.windows() - 1),
        percent(s.changeRate()),
        s.distinctSets(),
        spreads);
  }

  private static String describe(StrategySpec spec) {
    StringBuilder text = new StringBuilder();
    for (Map.Entry<String, Object> e : spec.parameters().entrySet()) {
      text.append(e.getKey())
          .append('=')
          .append(ShortestDecimal.format(((Number) e.getValue()).doubleValue()))
          .append(' ');
    }
    return text.toString().strip();
  }

  private static String percent(double x) {
    return Double.isFinite(x) ? String.format(Locale.ROOT, "%.2f%%", 100 * x) : "n/a";
  }

  private static String fixed(double x) {
    return Double.isFinite(x) ? String.format(Locale.ROOT, "%.3f", x) : "n/a";
  }
}
