package io.breadthflow.server.api;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-client token buckets: {@code perMinute} requests a minute with bursts up to that many;
 * refused requests learn how many seconds to wait.
 */
public final class RateLimiter {
  private final double perMinute;
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

  public RateLimiter(int perMinute) {
    this.perMinute = perMinute;
  }

  /** 0 when {@code client} may go ahead now, else the seconds until it may retry. */
  public long secondsToWait(String client, long nowNanos) {
    return buckets.computeIfAbsent(client, c -> new Bucket(perMinute, nowNanos)).take(nowNanos);
  }

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

    synchronized long take(long now) {
      tokens = Math.min(capacity, tokens + (now - last) * perNano);
      last = now;
      if (tokens >= 1) {
        tokens -= 1;
        return 0;
      }
      return (long) Math.ceil((1 - tokens) / perNano / 1e9);
    }
  }
}
