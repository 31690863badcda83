package io.breadthflow.ingest.provider;

import java.time.Duration;

/**
 * How a provider client treats the network: a timeout on every call, retries of transient failures
 * (HTTP 429, 5xx, timeouts, dropped connections) with exponential backoff and jitter, a circuit
 * breaker that stops calling a failing provider for a while, and a client-side rate limit.
 *
 * @param requestTimeout limit of one call, connection included
 * @param maxAttempts attempts per call, the first included
 * @param initialBackoff wait before the first retry; doubles each time, ±50% jitter
 * @param breakerWindow calls the breaker looks at
 * @param breakerMinimumCalls calls before the breaker may open
 * @param breakerOpenFor how long an open breaker refuses calls
 * @param callsPerSecond client-side rate limit
 */
public record HttpPolicy(
    Duration requestTimeout,
    int maxAttempts,
    Duration initialBackoff,
    int breakerWindow,
    int breakerMinimumCalls,
    Duration breakerOpenFor,
    int callsPerSecond) {

  /** Defaults for public providers: 10 s timeout, 4 attempts from 0.5 s, 5 calls/s. */
  public static HttpPolicy defaults() {
    return new HttpPolicy(
        Duration.ofSeconds(10), 4, Duration.ofMillis(500), 10, 5, Duration.ofSeconds(30), 5);
  }
}
