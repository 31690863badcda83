package io.breadthflow.ingest.provider;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * GET with the {@link HttpPolicy}: Retry around a CircuitBreaker around a RateLimiter around the
 * call (Resilience4j). One instance per provider, shared by all its calls and threads.
 */
public final class ResilientHttp {
  private final String provider;
  private final HttpClient client;
  private final HttpPolicy policy;
  private final Retry retry;
  private final CircuitBreaker breaker;
  private final RateLimiter limiter;

  public ResilientHttp(String provider, HttpPolicy policy) {
    this.provider = provider;
    this.policy = policy;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(policy.requestTimeout())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    this.retry =
        Retry.of(
            provider,
            RetryConfig.custom()
                .maxAttempts(policy.retry().maxAttempts())
                .intervalFunction(
                    IntervalFunction.ofExponentialRandomBackoff(
                        policy.retry().initialBackoff(), 2.0, 0.5))
                .retryOnException(e -> e instanceof TransientHttpException)
                .build());
    this.breaker =
        CircuitBreaker.of(
            provider,
            CircuitBreakerConfig.custom()
                .slidingWindowSize(policy.breaker().window())
                .minimumNumberOfCalls(policy.breaker().minimumCalls())
                .failureRateThreshold(50)
                .waitDurationInOpenState(policy.breaker().openFor())
                .recordException(e -> e instanceof TransientHttpException)
                .build());
    this.limiter =
        RateLimiter.of(
            provider,
            RateLimiterConfig.custom()
                .limitForPeriod(policy.callsPerSecond())
                .limitRefreshPeriod(Duration.ofSeconds(1))
                .timeoutDuration(Duration.ofMinutes(1))
                .build());
  }

  /** The breaker's state, for health reporting and tests. */
  public CircuitBreaker.State breakerState() {
    return breaker.getState();
  }

  /**
   * Body of a GET whose status is not transient (2xx, and 4xx other than 429, which carry the
   * providers' error objects).
   *
   * @throws ProviderException after the retries, when the breaker is open, or on a 4xx without a
   *     body
   */
  public Response get(URI uri) {
    return get(uri, response -> null);
  }

  /**
   * As {@link #get(URI)}, also retrying replies that {@code transientReason} names (returns a
   * reason, or {@code null} for a final reply), such as a provider's "slow down" message sent with
   * HTTP 200.
   */
  public Response get(URI uri, Function<Response, String> transientReason) {
    Supplier<Response> call =
        Retry.decorateSupplier(
            retry,
            CircuitBreaker.decorateSupplier(
                breaker,
                RateLimiter.decorateSupplier(
                    limiter,
                    () -> {
                      Response response = once(uri);
                      String reason = transientReason.apply(response);
                      if (reason != null) {
                        throw new TransientHttpException(provider + ": " + reason);
                      }
                      return response;
                    })));
    try {
      return call.get();
    } catch (CallNotPermittedException e) {
      throw new ProviderException(
          provider
              + " circuit breaker is open after repeated failures; not calling it for "
              + policy.breaker().openFor().toSeconds()
              + " s");
    } catch (RequestNotPermitted e) {
      throw new ProviderException(provider + " client-side rate limit: no permit within 1 min");
    } catch (TransientHttpException e) {
      throw new ProviderException(
          e.getMessage() + " (gave up after " + policy.retry().maxAttempts() + " attempts)", e);
    }
  }

  private Response once(URI uri) {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(policy.requestTimeout())
            .header("User-Agent", "BreadthFlow/0.1")
            .header("Accept", "application/json")
            .GET()
            .build();
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      int status = response.statusCode();
      if (status == 429 || status >= 500) {
        throw new TransientHttpException(provider + " answered HTTP " + status);
      }
      String type = response.headers().firstValue("Content-Type").orElse("");
      return new Response(status, type, response.body());
    } catch (HttpTimeoutException e) {
      throw new TransientHttpException(
          provider + " did not answer within " + policy.requestTimeout().toMillis() + " ms", e);
    } catch (IOException e) {
      throw new TransientHttpException(provider + " connection failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProviderException(provider + " call interrupted", e);
    }
  }

  /**
   * A non-transient HTTP answer.
   *
   * @param status HTTP status
   * @param contentType Content-Type header, empty when absent
   * @param body the body as text
   */
  public record Response(int status, String contentType, String body) {

    /** True when the body looks like an HTML page rather than data. */
    public boolean isHtml() {
      String start = body.stripLeading().toLowerCase(java.util.Locale.ROOT);
      return contentType.contains("html")
          || start.startsWith("<!doctype")
          || start.startsWith("<html");
    }
  }
}
