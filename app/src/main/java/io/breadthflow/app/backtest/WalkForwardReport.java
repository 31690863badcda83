package io.breadthflow.app.backtest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.breadthflow.app.run.RunOutcome;
import io.breadthflow.core.walkforward.ParameterStability;
import io.breadthflow.core.walkforward.WalkForwardResult;
import java.util.List;
import java.util.Map;

/**
 * A walk-forward's outcome.
 *
 * @param backtestId the stored result's id
 * @param grid the parameter sets, in the order {@link
 *     io.breadthflow.core.walkforward.WindowResult#chosen} indexes
 * @param result the windows, the stitched out-of-sample curve and the deflated Sharpe ratio
 * @param stability how steady the choices were
 * @param json the stored form ({@link WalkForwardJson})
 */
public record WalkForwardReport(
    long backtestId,
    List<StrategySpec> grid,
    WalkForwardResult result,
    ParameterStability stability,
    ObjectNode json)
    implements RunOutcome {

  @Override
  public Map<String, Object> counts() {
    return Map.of("windows", result.windows().size(), "backtest", backtestId);
  }
}
