package io.breadthflow.cli.backtest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.breadthflow.core.backtest.BacktestMetrics;
import io.breadthflow.core.backtest.BacktestResult;
import io.breadthflow.core.backtest.RoundTrip;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Backtest results as JSON (the stored form) and as a table for people. */
final class BacktestReport {
  private static final ObjectMapper JSON = new ObjectMapper();

  private BacktestReport() {}

  /** The metrics under their documented keys; undefined values are {@code null}. */
  static Map<String, Object> metrics(BacktestMetrics m) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("total_return", finite(m.totalReturn()));
    map.put("cagr", finite(m.cagr()));
    map.put("volatility", finite(m.volatility()));
    map.put("sharpe", finite(m.sharpe()));
    map.put("sortino", finite(m.sortino()));
    map.put("max_drawdown", finite(m.maxDrawdown()));
    map.put("max_drawdown_days", m.maxDrawdownDays());
    map.put("calmar", finite(m.calmar()));
    map.put("win_rate", finite(m.winRate()));
    map.put("profit_factor", finite(m.profitFactor()));
    map.put("avg_trade", finite(m.avgTrade()));
    map.put("exposure", finite(m.exposure()));
    map.put("turnover", finite(m.turnover()));
    map.put("trades", m.trades());
    map.put("benchmark_return", finite(m.benchmarkReturn()));
    map.put("alpha", finite(m.alpha()));
    map.put("beta", finite(m.beta()));
    return map;
  }

  /** The whole result: strategy, parameters, metrics, equity curve and trades. */
  static ObjectNode json(
      String strategy, Map<String, Object> parameters, String benchmark, BacktestResult result) {
    ObjectNode root = JSON.createObjectNode();
    root.put("strategy", strategy);
    root.set("parameters", JSON.valueToTree(parameters));
    root.put("benchmark", benchmark);
    root.set("metrics", JSON.valueToTree(metrics(result.metrics())));
    ArrayNode curve = root.putArray("equity_curve");
    for (int t = 0; t < result.equity().length; t++) {
      curve
          .addObject()
          .put("date", result.sessions().get(t).toString())
          .put("equity", result.equity()[t])
          .put("benchmark", result.benchmark()[t]);
    }
    ArrayNode trades = root.putArray("trades");
    for (RoundTrip trade : result.trades()) {
      trades
          .addObject()
          .put("symbol", trade.symbol())
          .put("side", trade.side() > 0 ? "long" : "short")
          .put("quantity", trade.quantity())
          .put("entry_date", trade.entryDate().toString())
          .put("entry_price", trade.entryPrice())
          .put("exit_date", trade.exitDate().toString())
          .put("exit_price", trade.exitPrice())
          .put("pnl", trade.pnl())
          .put("return", trade.returnFraction())
          .put("open", trade.open());
    }
    return root;
  }

  static String text(ObjectNode node) throws Exception {
    return JSON.writeValueAsString(node);
  }

  /** Metrics and the last trades, readable. */
  static void table(PrintWriter out, String title, BacktestResult result) {
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

  private static Double finite(double x) {
    return Double.isFinite(x) ? x : null;
  }
}
