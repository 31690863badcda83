package io.breadthflow.app.shared;

import io.breadthflow.app.config.RedisUrl;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.SetParams;

/**
 * {@link SharedState} in Redis, so that every API server of a deployment counts against the same
 * limits. Each operation is one atomic command or Lua script: the token bucket is a hash ({@code
 * tokens}, {@code at}) refilled by Redis's own clock ({@code TIME}), so servers' clocks do not
 * matter; failures are a sorted set scored by the caller's clock in milliseconds; a revoked login
 * is a key that expires with its refresh tokens. Keys: {@code PREFIX rate:CLIENT}, {@code PREFIX
 * failures:KEY}, {@code PREFIX revoked:FAMILY}. Connections are pooled; commands time out after a
 * second.
 */
final class RedisState implements SharedState {
  private static final Logger LOG = LoggerFactory.getLogger(RedisState.class);
  private static final int TIMEOUT_MILLIS = 1_000;

  /** KEYS[1] the bucket, ARGV[1] its capacity per minute; returns the milliseconds to wait. */
  private static final String TAKE =
      """
      local capacity = tonumber(ARGV[1])
      local per_ms = capacity / 60000
      local t = redis.call('TIME')
      local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
      local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
      local tokens = tonumber(state[1]) or capacity
      local at = tonumber(state[2]) or now
      tokens = math.min(capacity, tokens + math.max(0, now - at) * per_ms)
      local wait = 0
      if tokens >= 1 then
        tokens = tokens - 1
      else
        wait = math.ceil((1 - tokens) / per_ms)
      end
      redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
      redis.call('PEXPIRE', KEYS[1], 60000)
      return wait
      """;

  /** KEYS[1] the log; ARGV: score (ms), member, newest to keep, lifetime (ms). */
  private static final String RECORD =
      """
      redis.call('ZADD', KEYS[1], ARGV[1], ARGV[2])
      redis.call('ZREMRANGEBYRANK', KEYS[1], 0, -(tonumber(ARGV[3]) + 1))
      redis.call('PEXPIRE', KEYS[1], ARGV[4])
      return 0
      """;

  /**
   * KEYS[1] the log; ARGV: now (ms), how many throttle, window (ms), exclusive cutoff; returns the
   * milliseconds to wait, 0 when free.
   */
  private static final String WAIT =
      """
      redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[4])
      if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[2]) then
        return 0
      end
      local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
      return math.max(1, tonumber(oldest[2]) + tonumber(ARGV[3]) - tonumber(ARGV[1]))
      """;

  private final RedisClient redis;
  private final String address;
  private final String prefix;
  private final AtomicBoolean failing = new AtomicBoolean();

  private RedisState(RedisClient redis, String address, String prefix) {
    this.redis = redis;
    this.address = address;
    this.prefix = prefix;
  }

  /**
   * A client of {@code url} (connections open on first use).
   *
   * @throws IllegalArgumentException when {@code prefix} does not start with {@code bf:}
   */
  static RedisState connect(RedisUrl url, String prefix) {
    if (prefix == null || !prefix.startsWith("bf:")) {
      throw new IllegalArgumentException("Redis key prefix must start with 'bf:', got " + prefix);
    }
    DefaultJedisClientConfig.Builder config =
        DefaultJedisClientConfig.builder()
            .connectionTimeoutMillis(TIMEOUT_MILLIS)
            .socketTimeoutMillis(TIMEOUT_MILLIS)
            .database(url.database())
            .ssl(url.tls() == RedisUrl.Tls.TLS);
    if (!url.password().isEmpty()) {
      config.password(url.password());
      if (!url.user().isEmpty()) {
        config.user(url.user());
      }
    }
    RedisClient client =
        RedisClient.builder()
            .hostAndPort(url.host(), url.port())
            .clientConfig(config.build())
            .build();
    return new RedisState(client, url.address(), prefix);
  }

  @Override
  public Duration takeRequest(String client, int perMinute) {
    Object wait =
        call(
            "rate limit",
            () -> redis.eval(TAKE, List.of(prefix + "rate:" + client), List.of("" + perMinute)),
            0L);
    return Duration.ofMillis((Long) wait);
  }

  @Override
  public void recordFailure(String key, Instant at, int keep, Duration window) {
    long millis = at.toEpochMilli();
    call(
        "failure log",
        () ->
            redis.eval(
                RECORD,
                List.of(prefix + "failures:" + key),
                List.of(
                    Long.toString(millis),
                    millis + ":" + UUID.randomUUID(),
                    Integer.toString(keep),
                    Long.toString(Math.max(1, window.toMillis())))),
        0L);
  }

  @Override
  public Duration failureWait(String key, Instant now, int max, Duration window) {
    long millis = now.toEpochMilli();
    long windowMillis = window.toMillis();
    Object wait =
        call(
            "failure log",
            () ->
                redis.eval(
                    WAIT,
                    List.of(prefix + "failures:" + key),
                    List.of(
                        Long.toString(millis),
                        Integer.toString(max),
                        Long.toString(windowMillis),
                        "(" + (millis - windowMillis))),
            0L);
    return Duration.ofMillis((Long) wait);
  }

  @Override
  public void clearFailures(String key) {
    call("failure log", () -> redis.del(prefix + "failures:" + key), 0L);
  }

  @Override
  public void revoke(String family, Duration keep) {
    call(
        "revocation",
        () ->
            redis.set(prefix + "revoked:" + family, "1", SetParams.setParams().px(keep.toMillis())),
        "");
  }

  @Override
  public boolean isRevoked(String family) {
    return call("revocation", () -> redis.exists(prefix + "revoked:" + family), false);
  }

  @Override
  public Health health() {
    try {
      long start = System.nanoTime();
      redis.ping();
      long micros = (System.nanoTime() - start) / 1_000;
      return new Health(Reach.UP, "answers PING in " + micros / 1000.0 + " ms");
    } catch (JedisException e) {
      LOG.warn("Redis at {} does not answer PING: {}", address, e.toString());
      return new Health(Reach.DOWN, "Redis does not answer (see the server log)");
    }
  }

  @Override
  public void close() {
    redis.close();
  }

  /**
   * {@code command}'s answer, or {@code fallback} when Redis does not answer: the limit lets the
   * request through. The first failure in a row is logged, and the recovery.
   */
  private <T> T call(String what, Supplier<T> command, T fallback) {
    try {
      T answer = command.get();
      if (failing.compareAndSet(true, false)) {
        LOG.info("Redis at {} answers again; shared limits are back", address);
      }
      return answer;
    } catch (JedisException e) {
      if (failing.compareAndSet(false, true)) {
        LOG.warn("Redis at {} does not answer ({}); not shared until it does", address, what, e);
      }
      return fallback;
    }
  }
}
