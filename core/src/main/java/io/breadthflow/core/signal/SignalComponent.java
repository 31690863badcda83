package io.breadthflow.core.signal;

/**
 * One input of a composite score.
 *
 * @param name breadth, trend, momentum or volatility
 * @param value the component in [−1, 1], positive bullish
 * @param weight its weight in the strategy
 * @param detail the readings behind it, for people
 */
public record SignalComponent(String name, double value, double weight, String detail) {

  /** The component's share of the score before normalisation: weight × value. */
  public double contribution() {
    return weight * value;
  }
}
