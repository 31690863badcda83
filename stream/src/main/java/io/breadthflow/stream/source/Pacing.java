package io.breadthflow.stream.source;

import java.io.Serializable;
import java.util.concurrent.locks.LockSupport;

/**
 * Replay speed: as fast as possible, or a multiple of real time (event-time gaps divided by the
 * speed become wall-clock gaps).
 *
 * @param speed the multiple of real time; 0 for as fast as possible
 */
public record Pacing(double speed) implements Serializable {
  public static final Pacing AS_FAST_AS_POSSIBLE = new Pacing(0);

  public Pacing {
    if (!(speed >= 0) || Double.isInfinite(speed)) {
      throw new IllegalArgumentException("speed must be 0 (as fast as possible) or positive");
    }
  }

  /** A clock for one replay, started at its first event. */
  public Clock start() {
    return new Clock();
  }

  /** Waits until each event is due. */
  public final class Clock {
    private long firstEventMillis = Long.MIN_VALUE;
    private long startNanos;

    public void awaitDue(long eventMillis) {
      if (speed == 0) {
        return;
      }
      if (firstEventMillis == Long.MIN_VALUE) {
        firstEventMillis = eventMillis;
        startNanos = System.nanoTime();
        return;
      }
      long due = startNanos + (long) ((eventMillis - firstEventMillis) * 1e6 / speed);
      long wait;
      while ((wait = due - System.nanoTime()) > 0) {
        LockSupport.parkNanos(wait);
      }
    }
  }
}
