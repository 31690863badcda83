package io.breadthflow.app.backtest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.breadthflow.app.run.RunOutcome;
import io.breadthflow.core.backtest.BacktestResult;
import java.util.Map;

/**
 * A finished, stored backtest.
 *
 * @param backtestId the stored backtest's id
 * @param request what ran
 * @param benchmark the benchmark's name
 * @param result metrics, equity curve and trades
 * @param json the stored form ({@link BacktestJson})
 */
public record BacktestReport(
    long backtestId,
    BacktestRequest request,
    String benchmark,
    BacktestResult result,
    ObjectNode json)
    implements RunOutcome {

  @Override
  public Map<String, Object> counts() {
    return Map.of("backtest", backtestId, "trades", result.metrics().trades());
  }
}
