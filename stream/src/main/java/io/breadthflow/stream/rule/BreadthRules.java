package io.breadthflow.stream.rule;

import io.breadthflow.core.rule.Observation;
import io.breadthflow.stream.market.MarketUpdate;

/** The market-wide rules on the breadth of each period, keyed by interval. */
public final class BreadthRules extends RuleFunction<MarketUpdate> {
  public BreadthRules(RuleSource source) {
    super(source);
  }

  @Override
  protected boolean observe(MarketUpdate update, Observation observation) {
    observation.breadth(update.interval(), update.start(), update.breadth());
    return true;
  }
}
