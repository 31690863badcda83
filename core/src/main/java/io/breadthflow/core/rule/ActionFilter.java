package io.breadthflow.core.rule;

import io.breadthflow.core.signal.SignalAction;

/** Which new composite-signal action a rule waits for: any change, or a change to one action. */
public enum ActionFilter {
  ANY("any", null),
  BUY("buy", SignalAction.BUY),
  SELL("sell", SignalAction.SELL),
  HOLD("hold", SignalAction.HOLD);

  private final String code;
  private final SignalAction action;

  ActionFilter(String code, SignalAction action) {
    this.code = code;
    this.action = action;
  }

  /** The name in rule JSON. */
  public String code() {
    return code;
  }

  /** True when a change to {@code action} is one this filter waits for. */
  public boolean accepts(SignalAction changedTo) {
    return this == ANY || changedTo == action;
  }
}
