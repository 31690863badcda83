package io.breadthflow.core.rule;

import java.util.List;

/**
 * Evaluates rules on observations, incrementally: per symbol, interval and rule a small {@link
 * RuleState}. A rule fires when its condition is met on the observation, the observation's time is
 * in the rule's active hours (read in the owner's zone) and at least the cooldown has passed since
 * it last fired on that symbol (bar starts, so a replayed history fires at the same bars). The
 * state is updated on every observation, also outside active hours and within the cooldown, so a
 * crossing is judged against the value just before it. The same evaluator runs in the streaming job
 * and on the daily path.
 *
 * <p>Allocation: nothing per observation unless a rule fires (the firing and its message).
 * Stateless and thread-safe; the states and the observation belong to the caller's thread.
 */
public final class RuleEvaluator {
  private RuleEvaluator() {}

  /**
   * Evaluates {@code rules} (from {@link RuleIndex#rulesFor} for the observation) on {@code
   * observation}, with {@code states} of the observation's symbol and interval, and adds the
   * firings to {@code fired}.
   *
   * @return the number of firings added
   */
  public static int evaluate(
      IndexedRule[] rules, RuleStates states, Observation observation, List<RuleFiring> fired) {
    states.align(rules);
    int count = 0;
    long time = observation.time().toEpochMilli();
    for (int i = 0; i < rules.length; i++) {
      IndexedRule indexed = rules[i];
      AlertRule rule = indexed.rule();
      RuleState state = states.state(i);
      if (!rule.condition().update(observation, state)) {
        continue;
      }
      if (state.lastFired != RuleState.NEVER && time - state.lastFired < indexed.cooldownMillis()) {
        continue;
      }
      if (!rule.activeHours().contains(observation.time())) {
        continue;
      }
      state.lastFired = time;
      fired.add(firing(rule, state, observation));
      count++;
    }
    return count;
  }

  private static RuleFiring firing(AlertRule rule, RuleState state, Observation observation) {
    RuleCondition condition = rule.condition();
    double value = condition.value(observation, state);
    return new RuleFiring(
        rule.id(),
        rule.userId(),
        rule.name(),
        observation.symbol(),
        observation.interval(),
        observation.time(),
        observation.close(),
        value,
        condition.describe(observation, value),
        rule.channels());
  }
}
