package io.breadthflow.store;

import io.breadthflow.core.notify.DeliveryChannel;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outbox at a glance, for admins: how many notifications each channel holds in each status and
 * how long the oldest undelivered one has waited. Holds no user, message or address.
 *
 * @param counts one entry per channel and status that has any notification
 * @param oldestPendingAge how long the oldest PENDING or RETRYING notification has been enqueued
 */
public record DeliveryHealth(List<Count> counts, Optional<Duration> oldestPendingAge) {
  /** Notifications of one channel in one status. */
  public record Count(DeliveryChannel channel, NotificationStatus status, long notifications) {
    public Count {
      Objects.requireNonNull(channel, "channel");
      Objects.requireNonNull(status, "status");
    }
  }

  public DeliveryHealth {
    counts = List.copyOf(counts);
    Objects.requireNonNull(oldestPendingAge, "oldestPendingAge");
  }

  /** The notifications of {@code channel} in {@code status}. */
  public long count(DeliveryChannel channel, NotificationStatus status) {
    return counts.stream()
        .filter(count -> count.channel() == channel && count.status() == status)
        .mapToLong(Count::notifications)
        .sum();
  }
}
