package io.breadthflow.core.breadth;

/**
 * Exponential average with a smoothing constant given directly (not as 2/(n+1)), seeded with the
 * simple average of its first {@code seed} values: STIX's 9% average.
 */
final class ConstantAlphaEma {
  private final int seed;
  private final double alpha;
  private int count;
  private double seedSum;
  private double value = Double.NaN;

  ConstantAlphaEma(int seed, double alpha) {
    this.seed = seed;
    this.alpha = alpha;
  }

  /** Adds a value; returns the average, {@code NaN} before {@code seed} values. */
  double update(double x) {
    if (count < seed) {
      seedSum += x;
      if (++count == seed) {
        value = seedSum / seed;
      }
      return value;
    }
    value = ((x - value) * alpha) + value;
    return value;
  }
}
