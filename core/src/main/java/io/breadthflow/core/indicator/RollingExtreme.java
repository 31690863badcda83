package io.breadthflow.core.indicator;

/**
 * Highest or lowest of the last {@code n} values with a monotonic deque: amortised O(1) per value,
 * worst case n, no allocation after construction.
 */
public final class RollingExtreme {
  private final int period;
  private final boolean highest;
  private final double[] values;
  private final long[] positions;
  private int head;
  private int size;
  private long position;

  private RollingExtreme(int period, boolean highest) {
    this.period = Checks.atLeast("period", period, 1);
    this.highest = highest;
    this.values = new double[period];
    this.positions = new long[period];
  }

  /** A window of the highest of the last {@code period} values. */
  public static RollingExtreme highest(int period) {
    return new RollingExtreme(period, true);
  }

  /** A window of the lowest of the last {@code period} values. */
  public static RollingExtreme lowest(int period) {
    return new RollingExtreme(period, false);
  }

  /** Adds a value and returns the extreme of the window that ends with it. */
  public double add(double x) {
    if (size > 0 && positions[head] <= position - period) {
      head = head + 1 == period ? 0 : head + 1;
      size--;
    }
    while (size > 0) {
      int back = head + size - 1;
      if (back >= period) {
        back -= period;
      }
      if (highest ? values[back] > x : values[back] < x) {
        break;
      }
      size--;
    }
    int tail = head + size;
    if (tail >= period) {
      tail -= period;
    }
    values[tail] = x;
    positions[tail] = position++;
    size++;
    return values[head];
  }

  /** The extreme of the last {@code period} values added, {@code NaN} before the first value. */
  public double current() {
    return size == 0 ? Double.NaN : values[head];
  }

  /** Forgets all values. */
  public void reset() {
    head = 0;
    size = 0;
    position = 0;
  }
}
