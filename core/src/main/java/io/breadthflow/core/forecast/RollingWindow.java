package io.breadthflow.core.forecast;

/**
 * The latest observations of a series in a fixed-size ring, with a schedule of refreshes: a
 * streaming forecast keeps one per symbol and interval, adds every close without allocating, and
 * refits its model only when {@link #add} says a refresh is due.
 *
 * <p>A refresh is due once the window holds at least {@code minimum} observations and {@code
 * refreshEvery} observations arrived since the last refresh (the first as soon as the minimum is
 * reached).
 */
public final class RollingWindow {
  private final double[] values;
  private final int minimum;
  private final int refreshEvery;
  private int size;
  private int next;
  private int sinceRefresh;

  /**
   * @param capacity observations kept, at least {@code minimum}
   * @param minimum observations needed before the first refresh, at least 1
   * @param refreshEvery observations between refreshes, at least 1
   */
  public RollingWindow(int capacity, int minimum, int refreshEvery) {
    if (minimum < 1 || capacity < minimum || refreshEvery < 1) {
      throw new IllegalArgumentException(
          "need 1 <= minimum <= capacity and refreshEvery >= 1, got capacity "
              + capacity
              + ", minimum "
              + minimum
              + ", refreshEvery "
              + refreshEvery);
    }
    this.values = new double[capacity];
    this.minimum = minimum;
    this.refreshEvery = refreshEvery;
    this.sinceRefresh = refreshEvery - 1;
  }

  /**
   * Adds the newest observation; returns true when a refresh is due now (and counts it as done).
   */
  public boolean add(double value) {
    values[next] = value;
    next = (next + 1) % values.length;
    if (size < values.length) {
      size++;
    }
    if (size < minimum) {
      return false;
    }
    sinceRefresh++;
    if (sinceRefresh < refreshEvery) {
      return false;
    }
    sinceRefresh = 0;
    return true;
  }

  /** The observations held, oldest first (a new array). */
  public double[] oldestFirst() {
    double[] copy = new double[size];
    int first = (next - size + values.length) % values.length;
    for (int i = 0; i < size; i++) {
      copy[i] = values[(first + i) % values.length];
    }
    return copy;
  }

  /** Observations held. */
  public int size() {
    return size;
  }

  /** Observations kept at most. */
  public int capacity() {
    return values.length;
  }

  /** Observations needed before the first refresh. */
  public int minimum() {
    return minimum;
  }

  /** Observations between refreshes. */
  public int refreshEvery() {
    return refreshEvery;
  }

  /** Observations since the last refresh (for saving the window's state). */
  public int sinceRefresh() {
    return sinceRefresh;
  }

  /** A window holding {@code oldestFirst} with {@code sinceRefresh} counted (restoring a save). */
  public static RollingWindow restore(
      int capacity, int minimum, int refreshEvery, double[] oldestFirst, int sinceRefresh) {
    RollingWindow window = new RollingWindow(capacity, minimum, refreshEvery);
    for (double value : oldestFirst) {
      window.values[window.next] = value;
      window.next = (window.next + 1) % capacity;
      window.size = Math.min(window.size + 1, capacity);
    }
    window.sinceRefresh = sinceRefresh;
    return window;
  }
}
