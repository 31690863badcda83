package io.breadthflow.core.walkforward;

/** How a walk-forward's training window moves from one step to the next. */
public enum WindowMode {
  /** A training window of fixed length that slides forward by the test length each step. */
  ROLLING,
  /** Training always starts at the first date of the range and grows by the test length. */
  ANCHORED
}
