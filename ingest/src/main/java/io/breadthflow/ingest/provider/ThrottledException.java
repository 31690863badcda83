package io.breadthflow.ingest.provider;

import java.time.Duration;
import java.util.Optional;

/**
 * The provider asked to slow down (HTTP 429, Alpha Vantage's {@code Note}). Not a failure: it is
 * neither retried as one nor counted by the circuit breaker; the call waits and tries again.
 */
final class ThrottledException extends ProviderException {
  private final transient Optional<Duration> retryAfter;

  ThrottledException(String message, Optional<Duration> retryAfter) {
    super(message);
    this.retryAfter = retryAfter;
  }

  /** What the provider asked to wait ({@code Retry-After}), if it said. */
  Optional<Duration> retryAfter() {
    return retryAfter;
  }
}
