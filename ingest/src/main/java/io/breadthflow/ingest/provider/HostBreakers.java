package io.breadthflow.ingest.provider;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One circuit breaker per provider host ({@code host:port}) for the whole JVM: clients of the same
 * host share it, a failing host does not stop calls to another. The first client of a host decides
 * its settings. Only {@link TransientHttpException}s (5xx, timeouts, connection failures) count as
 * failures; throttling is ignored and every other outcome, a 404 included, counts as a success.
 */
final class HostBreakers {
  private static final Map<String, CircuitBreaker> BREAKERS = new ConcurrentHashMap<>();

  private HostBreakers() {}

  /** The breaker of {@code uri}'s host. */
  static CircuitBreaker of(URI uri, HttpPolicy.Breaker settings) {
    return BREAKERS.computeIfAbsent(
        host(uri),
        host ->
            CircuitBreaker.of(
                host,
                CircuitBreakerConfig.custom()
                    .slidingWindowSize(settings.window())
                    .minimumNumberOfCalls(settings.minimumCalls())
                    .failureRateThreshold(50)
                    .waitDurationInOpenState(settings.openFor())
                    .recordException(e -> e instanceof TransientHttpException)
                    .ignoreException(e -> e instanceof ThrottledException)
                    .build()));
  }

  /** Forgets {@code uri}'s host's breaker (tests whose server port may be reused). */
  static void forget(URI uri) {
    BREAKERS.remove(host(uri));
  }

  /** The key of {@code uri}'s host: lower-case host and port. */
  static String host(URI uri) {
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    if (port < 0) {
      port = "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443;
    }
    return host + ":" + port;
  }
}
