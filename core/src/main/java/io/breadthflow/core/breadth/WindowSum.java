package io.breadthflow.core.breadth;

/**
 * Sum of the last {@code n} values, re-added oldest first on every read (n is small), so that a
 * window sum equals the plain left-to-right sum of the same values to the bit.
 */
final class WindowSum {
  private final double[] values;
  private int next;
  private int count;

  WindowSum(int length) {
    values = new double[length];
  }

  /** Adds a value; the oldest falls out once the window is full. */
  void add(double x) {
    values[next] = x;
    next = next + 1 == values.length ? 0 : next + 1;
    count = Math.min(count + 1, values.length);
  }

  /** True once {@code n} values have been added. */
  boolean full() {
    return count == values.length;
  }

  /** Sum of the window, oldest first; {@code NaN} until it is full. */
  double sum() {
    if (!full()) {
      return Double.NaN;
    }
    double total = 0;
    for (int k = 0; k < values.length; k++) {
      int i = next + k;
      total += values[i >= values.length ? i - values.length : i];
    }
    return total;
  }
}
