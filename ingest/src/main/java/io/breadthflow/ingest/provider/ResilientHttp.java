package io.breadthflow.ingest.provider;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * GET with the {@link HttpPolicy}. Each attempt waits for the client's {@link AdaptiveRateLimiter
 * adaptive rate limit}; failures (5xx, timeouts, connection failures) are retried with backoff
 * (Resilience4j Retry) through the circuit breaker of the provider's host (Resilience4j
 * CircuitBreaker, one per host for the JVM, see {@link HostBreakers}). A throttled reply (HTTP 429,
 * or what the caller's {@code throttleReason} names) is not a failure: the call waits what {@code
 * Retry-After} asks (or the backoff), slows the client down and starts again with all its retries,
 * until the policy's total throttling wait is used up. One instance per provider client, shared by
 * all its calls and threads.
 */
public final class ResilientHttp {
  private final String provider;
  private final HttpClient client;
  private final HttpPolicy policy;
  private final Retry retry;
  private final AdaptiveRateLimiter limiter;

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
    this.limiter =
        new AdaptiveRateLimiter(
            policy.callsPerSecond(), policy.throttle().recovery(), System::nanoTime);
  }

  /** The state of the circuit breaker of {@code uri}'s host, for health reporting and tests. */
  public CircuitBreaker.State breakerState(URI uri) {
    return HostBreakers.of(uri, policy.breaker()).getState();
  }

  /** The client-side rate limit now, in calls per second (lower while the provider throttles). */
  public double callsPerSecond() {
    return limiter.callsPerSecond();
  }

  /**
   * Body of a GET whose status is final (2xx, and 4xx other than 429, which carry the providers'
   * error objects), with how much the call was throttled.
   *
   * @throws ProviderException after the retries, when the breaker is open, when the call stayed
   *     throttled longer than the policy's {@link HttpPolicy.Throttle#maxWait()}; it tells the
   *     throttling too
   */
  public Response get(URI uri) {
    return get(uri, response -> null);
  }

  /**
   * As {@link #get(URI)}, also treating as throttling the replies that {@code throttleReason} names
   * (returns a reason, or {@code null} for a final reply), such as a provider's "slow down" message
   * sent with HTTP 200.
   */
  public Response get(URI uri, Function<Response, String> throttleReason) {
    CircuitBreaker breaker = HostBreakers.of(uri, policy.breaker());
    Supplier<Response> attempts =
        Retry.decorateSupplier(
            retry, CircuitBreaker.decorateSupplier(breaker, () -> once(uri, throttleReason)));
    int throttled = 0;
    Duration waited = Duration.ZERO;
    while (true) {
      try {
        return attempts.get().withThrottling(new Throttling(throttled, waited));
      } catch (ThrottledException e) {
        throttled++;
        Duration delay = delay(e, throttled);
        if (waited.plus(delay).compareTo(policy.throttle().maxWait()) > 0) {
          throw new ProviderException(
              e.getMessage()
                  + " (still throttled after "
                  + throttled
                  + " replies and "
                  + seconds(waited)
                  + " s of waiting)",
              e,
              new Throttling(throttled, waited));
        }
        limiter.throttled();
        pause(delay, new Throttling(throttled, waited));
        waited = waited.plus(delay);
      } catch (CallNotPermittedException e) {
        throw new ProviderException(
            provider
                + " circuit breaker is open after repeated failures of "
                + HostBreakers.host(uri)
                + "; not calling it for "
                + policy.breaker().openFor().toSeconds()
                + " s",
            e,
            new Throttling(throttled, waited));
      } catch (TransientHttpException e) {
        throw new ProviderException(
            e.getMessage() + " (gave up after " + policy.retry().maxAttempts() + " attempts)",
            e,
            new Throttling(throttled, waited));
      } catch (ProviderException e) {
        throw e.withThrottling(new Throttling(throttled, waited));
      }
    }
  }

  /** The wait before trying a throttled call again: {@code Retry-After} or the backoff, capped. */
  private Duration delay(ThrottledException e, int throttled) {
    Duration cap = policy.throttle().maxDelay();
    Duration wanted =
        e.retryAfter()
            .orElseGet(
                () -> {
                  double factor =
                      Math.pow(2, Math.min(throttled - 1, 30))
                          * (0.5 + ThreadLocalRandom.current().nextDouble());
                  long nanos = (long) (policy.retry().initialBackoff().toNanos() * factor);
                  return Duration.ofNanos(Math.min(nanos, cap.toNanos()));
                });
    return wanted.compareTo(cap) > 0 ? cap : wanted;
  }

  private void pause(Duration delay, Throttling so) {
    try {
      TimeUnit.NANOSECONDS.sleep(delay.toNanos());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProviderException(provider + " call interrupted", e, so);
    }
  }

  private Response once(URI uri, Function<Response, String> throttleReason) {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(policy.requestTimeout())
            .header("User-Agent", "BreadthFlow/0.1")
            .header("Accept", "application/json")
            .GET()
            .build();
    try {
      limiter.acquire();
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      int status = response.statusCode();
      if (status == 429) {
        throw new ThrottledException(provider + " answered HTTP 429", retryAfter(response));
      }
      if (status >= 500) {
        throw new TransientHttpException(provider + " answered HTTP " + status);
      }
      String type = response.headers().firstValue("Content-Type").orElse("");
      Response answer = new Response(status, type, response.body());
      String reason = throttleReason.apply(answer);
      if (reason != null) {
        throw new ThrottledException(provider + ": " + reason, retryAfter(response));
      }
      limiter.succeeded();
      return answer;
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

  private static Optional<Duration> retryAfter(HttpResponse<String> response) {
    return response
        .headers()
        .firstValue("Retry-After")
        .flatMap(value -> RetryAfter.parse(value, Instant.now()));
  }

  private static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.1f", duration.toMillis() / 1000.0);
  }

  /**
   * A final HTTP answer.
   *
   * @param status HTTP status
   * @param contentType Content-Type header, empty when absent
   * @param body the body as text
   * @param throttling how often the call was throttled before this answer and how long it waited
   */
  public record Response(int status, String contentType, String body, Throttling throttling) {

    /** An answer to a call that was not throttled. */
    public Response(int status, String contentType, String body) {
      this(status, contentType, body, Throttling.NONE);
    }

    /** True when the body looks like an HTML page rather than data. */
    public boolean isHtml() {
      String start = body.stripLeading().toLowerCase(Locale.ROOT);
      return contentType.contains("html")
          || start.startsWith("<!doctype")
          || start.startsWith("<html");
    }

    Response withThrottling(Throttling more) {
      return more.throttled()
          ? new Response(status, contentType, body, throttling.plus(more))
          : this;
    }
  }
}
