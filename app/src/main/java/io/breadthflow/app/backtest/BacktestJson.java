package io.breadthflow.app.backtest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.breadthflow.app.json.Json;
import io.breadthflow.core.backtest.BacktestMetrics;
import io.breadthflow.core.backtest.BacktestResult;
import io.breadthflow.core.backtest.RoundTrip;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one stored and published shape of a backtest, whichever entry point ran it:
 *
 * <pre>
 * {"strategy", "parameters": {strategy parameters, symbols, start_date, end_date, config},
 *  "benchmark", "metrics": {total_return, cagr, …}, "equity_curve": [{date, equity, benchmark}],
 *  "trades": [{symbol, side: "long"|"short", quantity, entry_date, entry_price, exit_date,
 *              exit_price, pnl, return_fraction, open}]}
 * </pre>
 *
 * Undefined metrics are {@code null}.
 */
public final class BacktestJson {
  private BacktestJson() {}

  /** The whole result of {@code request}. */
  public static ObjectNode of(BacktestRequest request, String benchmark, BacktestResult result) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("strategy", request.strategy().name());
    Map<String, Object> parameters = new LinkedHashMap<>(request.strategy().parameters());
    parameters.put("symbols", request.universe().symbols());
    parameters.put("start_date", request.range().start().toString());
    parameters.put("end_date", request.range().end().toString());
    parameters.put("config", request.config());
    parameters.put("adjust", request.adjustment().code());
    root.set("parameters", Json.MAPPER.valueToTree(parameters));
    root.put("benchmark", benchmark);
    root.set("metrics", Json.MAPPER.valueToTree(metrics(result.metrics())));
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
          .put("return_fraction", trade.returnFraction())
          .put("open", trade.open());
    }
    return root;
  }

  /** The metrics under their documented keys; undefined values are {@code null}. */
  public static Map<String, Object> metrics(BacktestMetrics m) {
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

  private static Double finite(double x) {
    return Double.isFinite(x) ? x : null;
  }
}
