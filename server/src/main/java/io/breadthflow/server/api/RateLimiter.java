package io.breadthflow.server.api;

import io.breadthflow.app.shared.SharedState;
import java.time.Duration;

/**
 * Per-client token buckets of {@code perMinute} requests a minute with bursts up to that many, in
 * the {@link SharedState} of the deployment (so that several servers hold a client to one limit);
 * refused requests learn how many whole seconds to wait.
 */
public final class RateLimiter {
  private final SharedState shared;
  private final int perMinute;

  /**
   * @param shared where the buckets are kept
   * @param perMinute requests a minute per client, at least 1
   */
  public RateLimiter(SharedState shared, int perMinute) {
    if (perMinute < 1) {
      throw new IllegalArgumentException("perMinute must be at least 1, got " + perMinute);
    }
    this.shared = shared;
    this.perMinute = perMinute;
  }

  /** 0 when {@code client} may go ahead now, else the seconds until it may retry (at least 1). */
  public long secondsToWait(String client) {
    Duration wait = shared.takeRequest(client, perMinute);
    if (wait.isZero() || wait.isNegative()) {
      return 0;
    }
    return Math.max(1, (wait.toMillis() + 999) / 1000);
  }
}
