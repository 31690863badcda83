package io.breadthflow.server;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.breadthflow.app.config.RedisUrl;
import io.breadthflow.app.shared.SharedState;
import java.util.Optional;
import java.util.UUID;

/**
 * The Redis of the server tests ({@code BF_TEST_REDIS_URL}, default {@code
 * redis://127.0.0.1:6379}); a test that needs it is skipped where none answers. Each test works
 * under its own key prefix.
 */
final class TestRedis {
  private TestRedis() {}

  /** The test Redis's address; skips the calling test when it does not answer PING. */
  static RedisUrl url() {
    String text = System.getenv().getOrDefault("BF_TEST_REDIS_URL", "redis://127.0.0.1:6379");
    RedisUrl url = RedisUrl.parse(text);
    try (SharedState probe = SharedState.open(Optional.of(url), "bf:probe:")) {
      assumeTrue(probe.health().reach() == SharedState.Reach.UP, "no Redis answers at " + url);
    }
    return url;
  }

  /** A key prefix no other test uses. */
  static String prefix() {
    return "bf:test:" + UUID.randomUUID() + ":";
  }
}
