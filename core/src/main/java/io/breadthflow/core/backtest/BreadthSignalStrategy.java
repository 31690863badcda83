package io.breadthflow.core.backtest;

import io.breadthflow.core.domain.DailyPanel;
import io.breadthflow.core.signal.Signal;
import io.breadthflow.core.signal.SignalAction;
import io.breadthflow.core.signal.SignalEngine;
import io.breadthflow.core.signal.SignalWeights;

/**
 * {@code breadth}: trades the composite signals: long after a BUY, short (or flat, long-only) after
 * a SELL, unchanged on HOLD.
 */
public final class BreadthSignalStrategy implements Strategy {
  private final SignalWeights weights;
  private DailyPanel panel;
  private SignalEngine engine;
  private double[] close;
  private double[] volume;
  private int[] state;

  public BreadthSignalStrategy(SignalWeights weights) {
    this.weights = weights;
  }

  @Override
  public void start(DailyPanel panel) {
    this.panel = panel;
    int symbols = panel.symbols().size();
    engine = new SignalEngine(panel.symbols(), weights);
    close = new double[symbols];
    volume = new double[symbols];
    state = new int[symbols];
  }

  @Override
  public void onClose(int t, int[] direction) {
    for (int s = 0; s < close.length; s++) {
      close[s] = panel.close()[s][t];
      volume[s] = panel.volume()[s][t];
    }
    for (Signal signal : engine.update(panel.sessions()[t], close, volume)) {
      int s = panel.symbols().indexOf(signal.symbol());
      if (signal.action() == SignalAction.BUY) {
        state[s] = 1;
      } else if (signal.action() == SignalAction.SELL) {
        state[s] = -1;
      }
    }
    System.arraycopy(state, 0, direction, 0, state.length);
  }
}
