package io.breadthflow.core.backtest;

import io.breadthflow.core.signal.Signal;
import io.breadthflow.core.signal.SignalAction;
import io.breadthflow.core.signal.SignalEngine;
import io.breadthflow.core.signal.SignalWeights;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code breadth}: trades the composite signals: long after a BUY, short (or flat, long-only) after
 * a SELL, unchanged on HOLD.
 */
public final class BreadthSignalStrategy implements Strategy {
  private final SignalWeights weights;
  private Map<String, Integer> indexOf;
  private SignalEngine engine;
  private int[] state;

  public BreadthSignalStrategy(SignalWeights weights) {
    this.weights = weights;
  }

  @Override
  public void start(List<String> names) {
    indexOf = new HashMap<>();
    for (int s = 0; s < names.size(); s++) {
      indexOf.put(names.get(s), s);
    }
    engine = new SignalEngine(names, weights);
    state = new int[names.size()];
  }

  @Override
  public void onClose(SessionBars session, int[] direction) {
    for (Signal signal : engine.update(session.date(), session.close(), session.volume())) {
      int s = indexOf.get(signal.symbol());
      if (signal.action() == SignalAction.BUY) {
        state[s] = 1;
      } else if (signal.action() == SignalAction.SELL) {
        state[s] = -1;
      }
    }
    System.arraycopy(state, 0, direction, 0, state.length);
  }
}
