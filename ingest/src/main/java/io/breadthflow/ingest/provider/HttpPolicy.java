package io.breadthflow.ingest.provider;

import java.time.Duration;

/**
 * How a provider client treats the network: a timeout on every call, retries of transient failures
 * (HTTP 429, 5xx, timeouts, dropped connections) with exponential backoff and jitter, a circuit
 * breaker that stops calling a failing provider for a while, and a client-side rate limit.
 *
 * @param requestTimeout limit of one call, connection included
 * @param retry how often and how patiently a call is retried
 * @param breaker when the circuit breaker opens and for how long
 * @param callsPerSecond client-side rate limit
 */
public record HttpPolicy(
    Duration requestTimeout, Retry retry, Breaker breaker, int callsPerSecond) {

  /**
   * Retries of one call.
   *
   * @param maxAttempts attempts per call, the first included
   * @param initialBackoff wait before the first retry; doubles each time, ±50% jitter
   */
  public record Retry(int maxAttempts, Duration initialBackoff) {}

  /**
   * The circuit breaker.
   *
   * @param window calls the breaker looks at
   * @param minimumCalls calls before the breaker may open
   * @param openFor how long an open breaker refuses calls
   */
  public record Breaker(int window, int minimumCalls, Duration openFor) {}

  /** Defaults for public providers: 10 s timeout, 4 attempts from 0.5 s, 5 calls/s. */
  public static HttpPolicy defaults() {
    return new HttpPolicy(
        Duration.ofSeconds(10),
        new Retry(4, Duration.ofMillis(500)),
        new Breaker(10, 5, Duration.ofSeconds(30)),
        5);
  }
}
