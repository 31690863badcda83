package io.breadthflow.app.shared;

import io.breadthflow.app.config.RedisUrl;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The limits API servers must share so that a client cannot multiply its allowance by the number of
 * servers: request rate per client, failed logins per account, and revoked logins. Kept in this
 * process ({@link #inProcess()}) for a server on its own, or in Redis ({@link #open}) for a
 * deployment of several. Thread-safe.
 *
 * <p>Shared state that does not answer never fails a request: the limits let it through, nothing is
 * revoked beyond what the store revokes, the failure is logged and {@link #health()} reports it.
 */
public interface SharedState extends AutoCloseable {

  /** Limits in this process's memory. */
  static SharedState inProcess() {
    return new InProcessState(System::nanoTime);
  }

  /**
   * In the Redis at {@code redis} when one is given, under keys starting with {@code prefix} (which
   * starts with {@code bf:}); else in this process.
   */
  static SharedState open(Optional<RedisUrl> redis, String prefix) {
    return redis
        .<SharedState>map(url -> RedisState.connect(url, prefix))
        .orElseGet(SharedState::inProcess);
  }

  /**
   * Takes one request from {@code client}'s token bucket, which holds {@code perMinute} requests
   * and refills at that rate: zero when the request may go ahead, else how long until it may retry.
   */
  Duration takeRequest(String client, int perMinute);

  /**
   * Notes a failed attempt on {@code key} at {@code at}; only the newest {@code keep} count, each
   * for {@code window}.
   */
  void recordFailure(String key, Instant at, int keep, Duration window);

  /**
   * Zero while {@code key} has fewer than {@code max} failures within {@code window} before {@code
   * now}; else how long until the oldest of them leaves the window.
   */
  Duration failureWait(String key, Instant now, int max, Duration window);

  /** Forgets {@code key}'s failures. */
  void clearFailures(String key);

  /** Marks the login {@code family} revoked for {@code keep} (the life of its refresh tokens). */
  void revoke(String family, Duration keep);

  /** Whether {@code family} was revoked through this shared state. */
  boolean isRevoked(String family);

  /** Whether the shared state answers, in words fit for a public health page. */
  Health health();

  @Override
  void close();

  /**
   * The shared state's health.
   *
   * @param reach whether it answers
   * @param detail one line without addresses or exception text
   */
  record Health(Reach reach, String detail) {}

  /** Whether a component answers. */
  enum Reach {
    UP,
    DOWN
  }
}
