package io.breadthflow.app.backtest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.breadthflow.app.run.RunOutcome;
import io.breadthflow.core.backtest.BacktestMetrics;
import java.util.List;
import java.util.Map;

/**
 * A sweep's results, best Sharpe first (undefined Sharpe last).
 *
 * @param backtestId the stored sweep's id
 * @param ranked each parameter set with its metrics
 * @param json the stored form: {@code {"runs": [{"parameters", "metrics"}…]}}
 */
public record SweepReport(long backtestId, List<Ranked> ranked, ObjectNode json)
    implements RunOutcome {

  /** One parameter set and how it did. */
  public record Ranked(StrategySpec strategy, BacktestMetrics metrics) {}

  @Override
  public Map<String, Object> counts() {
    return Map.of("runs", ranked.size(), "backtest", backtestId);
  }
}
