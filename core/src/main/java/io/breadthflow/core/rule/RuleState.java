package io.breadthflow.core.rule;

/**
 * The memory of one rule on one symbol and interval: the previous observed value (for crossings and
 * changes; {@code NaN} before the first), the start of the bar it last fired on (for the cooldown)
 * and, for a change over N bars, the last N+1 closes in a ring. Mutable, small, allocated once; not
 * thread-safe.
 */
public final class RuleState {
  /** {@link #lastFired()} of a rule that never fired. */
  public static final long NEVER = Long.MIN_VALUE;

  double previous = Double.NaN;
  long lastFired = NEVER;
  final double[] window;
  int count;
  int head;

  /** A fresh state keeping {@code window} closes (0 for conditions that keep none). */
  public RuleState(int window) {
    this.window = new double[window];
  }

  /** A state as it was checkpointed. */
  public static RuleState restore(
      double previous, long lastFired, double[] window, int count, int head) {
    RuleState state = new RuleState(window.length);
    System.arraycopy(window, 0, state.window, 0, window.length);
    state.previous = previous;
    state.lastFired = lastFired;
    state.count = count;
    state.head = head;
    return state;
  }

  public double previous() {
    return previous;
  }

  /** Epoch milliseconds of the start of the bar it last fired on, or {@link #NEVER}. */
  public long lastFired() {
    return lastFired;
  }

  /** The ring of closes (the state's own array, for serialisation). */
  public double[] window() {
    return window;
  }

  /** How many closes the ring holds (at most its length). */
  public int count() {
    return count;
  }

  /** Where the next close goes in the ring. */
  public int head() {
    return head;
  }

  /** Adds a close to the ring and returns the one {@code window.length - 1} bars before, or NaN. */
  double push(double close) {
    int length = window.length;
    window[head] = close;
    head = head + 1 == length ? 0 : head + 1;
    if (count < length) {
      count++;
    }
    return count == length ? window[head] : Double.NaN;
  }
}
