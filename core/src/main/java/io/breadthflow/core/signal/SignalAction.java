package io.breadthflow.core.signal;

/** What a signal recommends. */
public enum SignalAction {
  BUY,
  SELL,
  HOLD
}
