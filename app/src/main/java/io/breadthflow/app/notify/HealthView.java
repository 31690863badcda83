package io.breadthflow.app.notify;

import io.breadthflow.store.DeliveryHealth;
import java.util.List;

/**
 * Delivery health for admins: counts only, no user, message or address.
 *
 * @param counts notifications per channel and status
 * @param oldestPendingSeconds how long the oldest undelivered notification has waited, null when
 *     none waits
 */
public record HealthView(List<Count> counts, Long oldestPendingSeconds) {
  /** Notifications of one channel in one status. */
  public record Count(String channel, String status, long notifications) {}

  public HealthView {
    counts = List.copyOf(counts);
  }

  static HealthView of(DeliveryHealth health) {
    return new HealthView(
        health.counts().stream()
            .map(c -> new Count(c.channel().code(), c.status().name(), c.notifications()))
            .toList(),
        health.oldestPendingAge().map(age -> age.toSeconds()).orElse(null));
  }
}
