package io.breadthflow.core.rule;

/** What a condition looks at; a rule sees only observations of its condition's input. */
public enum RuleInput {
  /** A symbol's final bar with its indicators. */
  BAR,
  /** A symbol's composite signal on a bar. */
  SIGNAL,
  /** The breadth of the pipeline's universe after one period (market-wide). */
  BREADTH,
  /** One of the pipeline's own alerts. */
  ALERT
}
