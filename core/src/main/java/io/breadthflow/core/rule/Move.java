package io.breadthflow.core.rule;

/** The sign of a price change a rule waits for. */
public enum Move {
  UP("up"),
  DOWN("down"),
  EITHER("either");

  private final String code;

  Move(String code) {
    this.code = code;
  }

  /** The name in rule JSON. */
  public String code() {
    return code;
  }

  /** True when {@code percent} is a move of at least {@code threshold} percent this way. */
  public boolean met(double percent, double threshold) {
    return switch (this) {
      case UP -> percent >= threshold;
      case DOWN -> percent <= -threshold;
      case EITHER -> Math.abs(percent) >= threshold;
    };
  }
}
