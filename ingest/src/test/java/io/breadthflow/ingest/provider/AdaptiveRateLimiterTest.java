package io.breadthflow.ingest.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Additive increase, multiplicative decrease, on a clock the test moves. */
class AdaptiveRateLimiterTest {
  private final AtomicLong now = new AtomicLong();
  private final AdaptiveRateLimiter limiter =
      new AdaptiveRateLimiter(8.5, Duration.ofSeconds(80), now::get);

  @Test
  void aThrottledReplyHalvesTheRateAtMostOnceASecondDownToTheFloor() {
    limiter.throttled();
    assertThat(limiter.callsPerSecond()).isEqualTo(4.25);

    advance(999);
    limiter.throttled();
    assertThat(limiter.callsPerSecond()).isEqualTo(4.25);

    for (int i = 0; i < 10; i++) {
      advance(1_000);
      limiter.throttled();
    }
    assertThat(limiter.callsPerSecond()).isEqualTo(AdaptiveRateLimiter.FLOOR);
  }

  @Test
  void successesClimbBackLinearlyOverTheRecoveryTimeAndNoFurther() {
    for (int i = 0; i < 10; i++) {
      advance(1_000);
      limiter.throttled();
    }

    advance(40_000);
    limiter.succeeded();
    assertThat(limiter.callsPerSecond()).isCloseTo(4.5, within(1e-9));

    advance(60_000);
    limiter.succeeded();
    assertThat(limiter.callsPerSecond()).isEqualTo(8.5);
  }

  @Test
  void callsArePacedEvenly() throws InterruptedException {
    AdaptiveRateLimiter real =
        new AdaptiveRateLimiter(100, Duration.ofSeconds(60), System::nanoTime);

    long start = System.nanoTime();
    for (int i = 0; i < 11; i++) {
      real.acquire();
    }

    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofMillis(99));
  }

  private void advance(long millis) {
    now.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
  }
}
