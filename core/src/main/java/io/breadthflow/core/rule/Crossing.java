package io.breadthflow.core.rule;

/**
 * The direction of a crossing. A value crosses above a level on the bar where it is above the level
 * having been at or below it on the previous observation (below: the mirror), as TradingView's
 * {@code crossover}: it fires once on the crossing bar, not while it stays beyond. Without a
 * previous value (the first observation, or {@code NaN} during warm-up) nothing crosses.
 */
public enum Crossing {
  ABOVE("above"),
  BELOW("below");

  private final String code;

  Crossing(String code) {
    this.code = code;
  }

  /** The name in rule JSON. */
  public String code() {
    return code;
  }

  /** True when going from {@code previous} to {@code current} crosses {@code level}. */
  public boolean crossed(double previous, double current, double level) {
    return this == ABOVE
        ? previous <= level && current > level
        : previous >= level && current < level;
  }
}
