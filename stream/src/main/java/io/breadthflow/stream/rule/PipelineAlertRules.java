package io.breadthflow.stream.rule;

import io.breadthflow.core.alert.Alert;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.rule.Observation;

/**
 * The rules on the pipeline's own alerts, keyed by symbol and interval (market-wide alerts under
 * the empty symbol, seen by rules whose target is a universe).
 */
public final class PipelineAlertRules extends RuleFunction<Alert> {
  public PipelineAlertRules(RuleSource source) {
    super(source);
  }

  /** The key of an alert: its symbol and interval. */
  public static String keyOf(Alert alert) {
    return alert.symbol() + "|" + alert.interval();
  }

  @Override
  protected boolean observe(Alert alert, Observation observation) {
    observation.alert(
        alert.symbol(),
        Interval.parse(alert.interval()),
        alert.time(),
        alert.rule(),
        alert.message(),
        alert.value());
    return true;
  }
}
