package io.breadthflow.core.rule;

/** Whether a rule is evaluated. */
public enum RuleStatus {
  /** Evaluated on every bar, signal, breadth period or alert of its target. */
  ACTIVE,
  /** Kept, not evaluated (its state is dropped). */
  PAUSED
}
