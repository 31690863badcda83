package io.breadthflow.ingest.provider;

import java.time.Duration;

/**
 * How a provider client treats the network: a timeout on every call, retries of transient failures
 * (HTTP 5xx, timeouts, dropped connections) with exponential backoff and jitter, a circuit breaker
 * per provider host that stops calling a failing host for a while, a client-side rate limit, and
 * patience with throttling (HTTP 429 or a provider's "slow down" reply), which neither uses up the
 * retries nor counts toward the breaker.
 *
 * @param requestTimeout limit of one call, connection included
 * @param retry how often and how patiently a failing call is retried
 * @param breaker when a host's circuit breaker opens and for how long
 * @param callsPerSecond client-side rate limit, the most calls per second; lowered adaptively while
 *     the provider throttles
 * @param throttle how long a throttled call waits
 */
public record HttpPolicy(
    Duration requestTimeout, Retry retry, Breaker breaker, int callsPerSecond, Throttle throttle) {

  public HttpPolicy {
    positive("requestTimeout", requestTimeout);
    if (retry == null || breaker == null || throttle == null) {
      throw new IllegalArgumentException("retry, breaker and throttle must be given");
    }
    if (callsPerSecond < 1) {
      throw new IllegalArgumentException(
          "callsPerSecond must be at least 1, got " + callsPerSecond);
    }
  }

  /** A policy with the default {@link Throttle#defaults() throttling patience}. */
  public HttpPolicy(Duration requestTimeout, Retry retry, Breaker breaker, int callsPerSecond) {
    this(requestTimeout, retry, breaker, callsPerSecond, Throttle.defaults());
  }

  /**
   * Retries of one failing call (5xx, timeout, connection failure). Throttled replies are not
   * failures and use none of these attempts.
   *
   * @param maxAttempts attempts per call, the first included, at least 1
   * @param initialBackoff wait before the first retry; doubles each time, ±50% jitter
   */
  public record Retry(int maxAttempts, Duration initialBackoff) {
    public Retry {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
      }
      positive("initialBackoff", initialBackoff);
    }
  }

  /**
   * The circuit breaker of one provider host (shared by every client of that host in the JVM; the
   * first client's settings win). Only 5xx, timeouts and connection failures count as failures; it
   * opens when at least half of the last {@code window} calls failed.
   *
   * @param window calls the breaker looks at, at least 1
   * @param minimumCalls calls before the breaker may open, 1 to {@code window}
   * @param openFor how long an open breaker refuses calls
   */
  public record Breaker(int window, int minimumCalls, Duration openFor) {
    public Breaker {
      if (window < 1 || minimumCalls < 1 || minimumCalls > window) {
        throw new IllegalArgumentException(
            "breaker window must be at least 1 and minimumCalls between 1 and the window, got "
                + window
                + " and "
                + minimumCalls);
      }
      positive("openFor", openFor);
    }
  }

  /**
   * Patience with a throttling provider. A throttled call waits what the reply's {@code
   * Retry-After} asks (seconds or an HTTP date), at most {@code maxDelay}; without the header it
   * waits the retry backoff, doubling with each throttled reply of the same call (also at most
   * {@code maxDelay}), then tries again. It gives up once its waits would exceed {@code maxWait} in
   * all. Every throttled reply also halves the client's rate (at most once a second, never below
   * 0.5 calls/s), which climbs back linearly to {@code callsPerSecond} over {@code recovery} of
   * successful calls.
   *
   * @param maxDelay the longest single wait (caps {@code Retry-After})
   * @param maxWait the longest a call waits for throttling in all before it fails
   * @param recovery how long an unthrottled client takes to climb from the lowest rate to the full
   */
  public record Throttle(Duration maxDelay, Duration maxWait, Duration recovery) {
    public Throttle {
      positive("maxDelay", maxDelay);
      positive("maxWait", maxWait);
      positive("recovery", recovery);
    }

    /** At most 60 s per wait, 5 min per call; full rate again after 60 s without throttling. */
    public static Throttle defaults() {
      return new Throttle(Duration.ofSeconds(60), Duration.ofMinutes(5), Duration.ofSeconds(60));
    }
  }

  /**
   * Defaults for public providers: 10 s timeout, 4 attempts from 0.5 s, a breaker per host over the
   * last 100 calls (at least 20; so a few failed symbols of a 500-symbol fetch do not open it) that
   * stays open 30 s, 5 calls/s, {@link Throttle#defaults()}.
   */
  public static HttpPolicy defaults() {
    return new HttpPolicy(
        Duration.ofSeconds(10),
        new Retry(4, Duration.ofMillis(500)),
        new Breaker(100, 20, Duration.ofSeconds(30)),
        5,
        Throttle.defaults());
  }

  private static void positive(String name, Duration value) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be a positive duration, got " + value);
    }
  }
}
