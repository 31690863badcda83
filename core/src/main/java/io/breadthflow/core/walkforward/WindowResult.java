package io.breadthflow.core.walkforward;

import io.breadthflow.core.backtest.BacktestMetrics;
import java.util.List;

/**
 * One walk-forward step: the parameter set chosen on the training window and how it did there and
 * on the test window.
 *
 * @param window the sessions
 * @param chosen index into the grid of the set with the best training score (the first on ties)
 * @param trainingMetrics every grid point's metrics on the training window, in grid order
 * @param outOfSample the chosen set's metrics on the test window alone
 */
public record WindowResult(
    WalkForwardWindow window,
    int chosen,
    List<BacktestMetrics> trainingMetrics,
    BacktestMetrics outOfSample) {

  /** The chosen set's metrics on the training window. */
  public BacktestMetrics inSample() {
    return trainingMetrics.get(chosen);
  }
}
