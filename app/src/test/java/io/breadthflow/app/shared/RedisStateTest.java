package io.breadthflow.app.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.app.config.RedisUrl;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two connections to one Redis, as two servers have: they hold every limit in common. */
class RedisStateTest {
  private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
  private static final Duration WINDOW = Duration.ofMinutes(15);

  private SharedState first;
  private SharedState second;

  @BeforeEach
  void connect() {
    String prefix = TestRedis.prefix();
    first = TestRedis.connect(prefix);
    second = TestRedis.connect(prefix);
  }

  @AfterEach
  void close() {
    first.close();
    second.close();
  }

  @Test
  void requestsToEitherServerTakeFromOneBucket() {
    for (int i = 0; i < 3; i++) {
      assertThat(first.takeRequest("10.0.0.1", 5)).isZero();
    }
    for (int i = 0; i < 2; i++) {
      assertThat(second.takeRequest("10.0.0.1", 5)).isZero();
    }

    assertThat(first.takeRequest("10.0.0.1", 5)).isPositive();
    assertThat(second.takeRequest("10.0.0.1", 5)).isPositive();
  }

  @Test
  void failuresOnEitherServerThrottleTheAccountOnBoth() {
    for (int i = 0; i < 3; i++) {
      first.recordFailure("login:alice", T0.plusSeconds(i), 5, WINDOW);
    }
    for (int i = 3; i < 5; i++) {
      second.recordFailure("login:alice", T0.plusSeconds(i), 5, WINDOW);
    }

    assertThat(first.failureWait("login:alice", T0.plusSeconds(5), 5, WINDOW)).isPositive();
    assertThat(second.failureWait("login:alice", T0.plusSeconds(5), 5, WINDOW)).isPositive();
  }

  @Test
  void aFamilyRevokedThroughOneServerIsRevokedOnTheOther() {
    first.revoke("family-1", Duration.ofMinutes(1));

    assertThat(second.isRevoked("family-1")).isTrue();
    assertThat(second.isRevoked("family-2")).isFalse();
  }

  @Test
  void aRedisThatDoesNotAnswerLetsRequestsThroughAndIsReportedWithoutItsAddress() {
    try (SharedState gone =
        SharedState.open(Optional.of(RedisUrl.parse("redis://127.0.0.1:1")), "bf:test:")) {
      assertThat(gone.takeRequest("10.0.0.1", 1)).isZero();
      assertThat(gone.takeRequest("10.0.0.1", 1)).isZero();
      assertThat(gone.failureWait("login:alice", T0, 1, WINDOW)).isZero();
      assertThat(gone.isRevoked("family-1")).isFalse();
      SharedState.Health health = gone.health();
      assertThat(health.reach()).isEqualTo(SharedState.Reach.DOWN);
      assertThat(health.detail()).doesNotContain("127.0.0.1").doesNotContain("Exception");
    }
  }
}
