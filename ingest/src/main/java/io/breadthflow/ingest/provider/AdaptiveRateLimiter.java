package io.breadthflow.ingest.provider;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A client-side rate limit that gives way to a throttling provider (additive increase,
 * multiplicative decrease). Calls are paced evenly at the current rate, one every {@code 1/rate}
 * seconds, in the order they ask (no bursts). A throttled reply halves the rate, at most once a
 * second (the replies to calls already in flight say nothing about the lowered rate) and never
 * below {@link #FLOOR} calls/s. Each unthrottled reply then raises it in proportion to the time
 * since the last change, so that it climbs from the floor back to the full rate over {@code
 * recovery} without throttling. Thread-safe.
 */
final class AdaptiveRateLimiter {
  /** The lowest rate, in calls per second. */
  static final double FLOOR = 0.5;

  /** The shortest time between two decreases, in nanoseconds. */
  private static final long DECREASE_GAP = TimeUnit.SECONDS.toNanos(1);

  private final double maxRate;
  private final double floor;
  private final long recoveryNanos;
  private final LongSupplier nanoTime;

  private double rate;
  private long nextFree;
  private long lastDecrease;
  private long lastChange;

  /**
   * @param maxRate the full rate, in calls per second
   * @param recovery time from the floor to the full rate without throttling
   * @param nanoTime the clock, as {@link System#nanoTime()}
   */
  AdaptiveRateLimiter(double maxRate, Duration recovery, LongSupplier nanoTime) {
    if (!(maxRate > 0)) {
      throw new IllegalArgumentException("maxRate must be positive, got " + maxRate);
    }
    this.maxRate = maxRate;
    this.floor = Math.min(FLOOR, maxRate);
    this.recoveryNanos = Math.max(1, recovery.toNanos());
    this.nanoTime = nanoTime;
    this.rate = maxRate;
    long now = nanoTime.getAsLong();
    this.nextFree = now;
    this.lastDecrease = now - DECREASE_GAP;
    this.lastChange = now;
  }

  /**
   * Blocks until this call may go out.
   *
   * @throws InterruptedException when interrupted while waiting
   */
  void acquire() throws InterruptedException {
    long wait;
    synchronized (this) {
      long now = nanoTime.getAsLong();
      long slot = Math.max(now, nextFree);
      nextFree = slot + (long) (1e9 / rate);
      wait = slot - now;
    }
    if (wait > 0) {
      TimeUnit.NANOSECONDS.sleep(wait);
    }
  }

  /** The provider throttled a call: slow down. */
  synchronized void throttled() {
    long now = nanoTime.getAsLong();
    if (now - lastDecrease >= DECREASE_GAP) {
      rate = Math.max(floor, rate / 2);
      lastDecrease = now;
    }
    lastChange = now;
  }

  /** A call went through unthrottled: climb back toward the full rate. */
  synchronized void succeeded() {
    long now = nanoTime.getAsLong();
    if (now > lastChange) {
      rate = Math.min(maxRate, rate + (maxRate - floor) * (now - lastChange) / recoveryNanos);
      lastChange = now;
    }
  }

  /** The current rate, in calls per second. */
  synchronized double callsPerSecond() {
    return rate;
  }
}
