package io.breadthflow.stream.rule;

import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.rule.Observation;
import io.breadthflow.stream.market.TimedSignal;

/**
 * The rules on symbols' composite signals, keyed by symbol and interval. A signal carries no close,
 * so its firings report {@code NaN} as their close.
 */
public final class SignalRules extends RuleFunction<TimedSignal> {
  public SignalRules(RuleSource source) {
    super(source);
  }

  /** The key of a signal: its symbol and interval. */
  public static String keyOf(TimedSignal signal) {
    return signal.signal().symbol() + "|" + signal.interval();
  }

  @Override
  protected boolean observe(TimedSignal signal, Observation observation) {
    observation.signal(
        signal.signal().symbol(),
        Interval.parse(signal.interval()),
        signal.start(),
        signal.signal().action(),
        signal.signal().confidence());
    return true;
  }
}
