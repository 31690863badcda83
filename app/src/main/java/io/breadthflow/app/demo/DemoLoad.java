package io.breadthflow.app.demo;

import io.breadthflow.app.backtest.BacktestReport;
import io.breadthflow.app.signals.SignalReport;
import io.breadthflow.core.domain.Bar;
import java.util.List;

/**
 * What the demo flow loaded.
 *
 * @param latest each stored symbol's latest daily bar, by symbol
 * @param signals the signals step
 * @param backtestRunId the backtest's run id
 * @param backtest the backtest
 */
public record DemoLoad(
    List<Bar> latest, SignalReport signals, long backtestRunId, BacktestReport backtest) {

  /** The stored symbols. */
  public List<String> symbols() {
    return latest.stream().map(Bar::symbol).toList();
  }
}
