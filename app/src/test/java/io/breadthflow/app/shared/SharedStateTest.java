package io.breadthflow.app.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/** The same limits in this process and in Redis. */
@ParameterizedClass(name = "{0}")
@ValueSource(strings = {"in-process", "redis"})
class SharedStateTest {
  private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
  private static final Duration WINDOW = Duration.ofMinutes(15);

  @Parameter String kind;
  private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
  private SharedState state;

  @BeforeEach
  void open() {
    state =
        kind.equals("redis")
            ? TestRedis.connect(TestRedis.prefix())
            : new InProcessState(nanos::get);
  }

  @AfterEach
  void close() {
    state.close();
  }

  @Test
  void aClientMayBurstItsWholeMinuteThenWaitsForTheNextTokenWhileOthersGoOn() {
    for (int i = 0; i < 5; i++) {
      assertThat(state.takeRequest("10.0.0.1", 5)).isZero();
    }

    Duration wait = state.takeRequest("10.0.0.1", 5);

    assertThat(wait).isBetween(Duration.ofSeconds(11), Duration.ofSeconds(12));
    assertThat(state.takeRequest("10.0.0.2", 5)).isZero();
  }

  @Test
  void enoughFailuresWithinTheWindowWaitUntilTheOldestLeavesIt() {
    for (int i = 0; i < 5; i++) {
      state.recordFailure("login:alice", T0.plusSeconds(i * 60), 5, WINDOW);
    }
    Instant now = T0.plusSeconds(300);

    assertThat(state.failureWait("login:alice", now, 5, WINDOW)).isEqualTo(Duration.ofMinutes(10));
    assertThat(state.failureWait("login:alice", now, 6, WINDOW)).isZero();
    assertThat(state.failureWait("login:bob", now, 5, WINDOW)).isZero();
    assertThat(state.failureWait("login:alice", T0.plus(WINDOW).plusSeconds(1), 5, WINDOW))
        .isZero();
  }

  @Test
  void onlyTheNewestFailuresCountAndClearingForgetsThem() {
    for (int i = 0; i < 8; i++) {
      state.recordFailure("login:alice", T0.plusSeconds(i * 60), 5, WINDOW);
    }
    Instant now = T0.plusSeconds(480);

    assertThat(state.failureWait("login:alice", now, 5, WINDOW))
        .isEqualTo(WINDOW.minusSeconds(480 - 180));
    state.clearFailures("login:alice");
    assertThat(state.failureWait("login:alice", now, 5, WINDOW)).isZero();
  }

  @Test
  void theSharedStateAnswers() {
    assertThat(state.health().reach()).isEqualTo(SharedState.Reach.UP);
  }
}
