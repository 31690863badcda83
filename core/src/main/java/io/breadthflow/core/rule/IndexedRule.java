package io.breadthflow.core.rule;

/**
 * A rule as the evaluator holds it: with its cooldown in milliseconds and the fingerprint of what
 * its state depends on (condition and interval), so a state kept for an edited rule is dropped.
 */
public record IndexedRule(AlertRule rule, long cooldownMillis, int fingerprint) {
  /** The rule, indexed. */
  public static IndexedRule of(AlertRule rule) {
    return new IndexedRule(
        rule,
        rule.cooldown().toMillis(),
        (rule.condition().toString() + "@" + rule.interval().code()).hashCode());
  }
}
