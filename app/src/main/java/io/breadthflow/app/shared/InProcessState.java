package io.breadthflow.app.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * {@link SharedState} in this process: a token bucket per client, the newest failures per key.
 * Revocation is the store's alone here: a server on its own shares nothing beyond it.
 */
final class InProcessState implements SharedState {
  /** Keys whose failures are remembered before the stale ones are forgotten. */
  private static final int TRACKED_KEYS = 10_000;

  private final LongSupplier nanoTime;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  /**
   * @param nanoTime the monotonic clock the buckets refill by
   */
  InProcessState(LongSupplier nanoTime) {
    this.nanoTime = nanoTime;
  }

  @Override
  public Duration takeRequest(String client, int perMinute) {
    long now = nanoTime.getAsLong();
    return Duration.ofNanos(
        buckets.computeIfAbsent(client, c -> new Bucket(perMinute, now)).take(now));
  }

  @Override
  public void recordFailure(String key, Instant at, int keep, Duration window) {
    if (failures.size() > TRACKED_KEYS) {
      Instant forgotten = at.minus(window);
      failures.values().removeIf(f -> newest(f).isBefore(forgotten));
    }
    Deque<Instant> log = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (log) {
      log.addLast(at);
      while (log.size() > keep) {
        log.removeFirst();
      }
    }
  }

  @Override
  public Duration failureWait(String key, Instant now, int max, Duration window) {
    Deque<Instant> log = failures.get(key);
    if (log == null) {
      return Duration.ZERO;
    }
    synchronized (log) {
      while (!log.isEmpty() && log.peekFirst().plus(window).isBefore(now)) {
        log.removeFirst();
      }
      if (log.size() < max) {
        return Duration.ZERO;
      }
      return Duration.between(now, log.peekFirst().plus(window));
    }
  }

  @Override
  public void clearFailures(String key) {
    failures.remove(key);
  }

  @Override
  public void revoke(String family, Duration keep) {
    // the store revokes the family; one process has no one else to tell
  }

  @Override
  public boolean isRevoked(String family) {
    return false;
  }

  @Override
  public Health health() {
    return new Health(Reach.UP, "limits kept in this server");
  }

  @Override
  public void close() {}

  private static Instant newest(Deque<Instant> log) {
    synchronized (log) {
      return log.isEmpty() ? Instant.MIN : log.peekLast();
    }
  }

  /** {@code perMinute} tokens, refilled continuously; a request takes one. */
  private static final class Bucket {
    private final double capacity;
    private final double perNano;
    private double tokens;
    private long last;

    Bucket(double perMinute, long now) {
      this.capacity = perMinute;
      this.perNano = perMinute / 60e9;
      this.tokens = perMinute;
      this.last = now;
    }

    /** 0 when a token was taken, else the nanoseconds until one is there. */
    synchronized long take(long now) {
      tokens = Math.min(capacity, tokens + (now - last) * perNano);
      last = now;
      if (tokens >= 1) {
        tokens -= 1;
        return 0;
      }
      return (long) Math.ceil((1 - tokens) / perNano);
    }
  }
}
