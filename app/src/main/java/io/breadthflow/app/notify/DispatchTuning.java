package io.breadthflow.app.notify;

import java.time.Duration;

/**
 * How the dispatcher polls the outbox.
 *
 * @param poll the pause between polls that found nothing more to do
 * @param batch notifications claimed at once, 1 to 10,000
 * @param lease how long a claim lasts; a dispatcher that dies holding one is replaced after it.
 *     Longer than one delivery's timeout, so a live sender does not lose its claim.
 */
public record DispatchTuning(Duration poll, int batch, Duration lease) {
  public DispatchTuning {
    if (poll.isNegative() || poll.isZero()) {
      throw new IllegalArgumentException("poll must be positive");
    }
    if (batch < 1 || batch > 10_000) {
      throw new IllegalArgumentException("batch must be 1 to 10000, got " + batch);
    }
    if (lease.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException("lease must be at least 1 s");
    }
  }

  /** Polls every 500 ms, 100 at a time, 60 s leases. */
  public static DispatchTuning defaults() {
    return new DispatchTuning(Duration.ofMillis(500), 100, Duration.ofSeconds(60));
  }
}
