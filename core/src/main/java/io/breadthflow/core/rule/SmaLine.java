package io.breadthflow.core.rule;

/** The stored simple moving averages a rule can compare (their column names). */
public enum SmaLine {
  SMA_20("sma_20", 20),
  SMA_50("sma50", 50),
  SMA_200("sma200", 200);

  private final String code;
  private final int period;

  SmaLine(String code, int period) {
    this.code = code;
    this.period = period;
  }

  /** The column name, also the name in rule JSON. */
  public String code() {
    return code;
  }

  /** The number of closes averaged. */
  public int period() {
    return period;
  }

  /** The value of this line in {@code observation}. */
  double of(Observation observation) {
    return switch (this) {
      case SMA_20 -> observation.sma20();
      case SMA_50 -> observation.sma50();
      case SMA_200 -> observation.sma200();
    };
  }
}
