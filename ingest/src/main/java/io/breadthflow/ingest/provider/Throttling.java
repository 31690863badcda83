package io.breadthflow.ingest.provider;

import java.time.Duration;

/**
 * How much a provider throttled the calls for one result: throttled replies (HTTP 429 or a
 * provider's "slow down" reply) and the time spent waiting before trying again.
 *
 * @param times throttled replies, at least 0
 * @param waited time waited because of them, not negative
 */
public record Throttling(int times, Duration waited) {
  /** Not throttled. */
  public static final Throttling NONE = new Throttling(0, Duration.ZERO);

  public Throttling {
    if (times < 0 || waited == null || waited.isNegative()) {
      throw new IllegalArgumentException(
          "throttling needs times >= 0 and a non-negative wait, got " + times + ", " + waited);
    }
  }

  /** Both together. */
  public Throttling plus(Throttling other) {
    if (other.times == 0 && other.waited.isZero()) {
      return this;
    }
    return new Throttling(times + other.times, waited.plus(other.waited));
  }

  /** True when at least one reply was throttled. */
  public boolean throttled() {
    return times > 0;
  }
}
