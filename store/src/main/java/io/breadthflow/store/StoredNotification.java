package io.breadthflow.store;

import io.breadthflow.core.notify.DeliveryChannel;
import io.breadthflow.core.rule.RuleFiring;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One notification of the outbox: a rule firing on its way to one channel, and the record of its
 * delivery. Times are UTC instants at millisecond precision.
 *
 * @param id the notification's id
 * @param firingKey the firing's identity ({@link RuleFiring#key()}, or a digest's key)
 * @param firing what fired; its {@code channels} hold this notification's channel alone
 * @param channel where it goes
 * @param status where it is
 * @param attempts delivery attempts begun so far
 * @param createdAt when it was enqueued
 * @param nextAttemptAt when it is (or was) due
 * @param leaseUntil while {@link NotificationStatus#SENDING}: the end of its sender's lease, which
 *     also fences the sender's report of the outcome
 * @param sentAt when it was delivered
 * @param readAt when its user marked it read
 * @param lastError why the last attempt failed or why it was skipped, empty when none
 */
public record StoredNotification(
    long id,
    String firingKey,
    RuleFiring firing,
    DeliveryChannel channel,
    NotificationStatus status,
    int attempts,
    Instant createdAt,
    Instant nextAttemptAt,
    Optional<Instant> leaseUntil,
    Optional<Instant> sentAt,
    Optional<Instant> readAt,
    String lastError) {

  public StoredNotification {
    Objects.requireNonNull(firingKey, "firingKey");
    Objects.requireNonNull(firing, "firing");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    Objects.requireNonNull(leaseUntil, "leaseUntil");
    Objects.requireNonNull(sentAt, "sentAt");
    Objects.requireNonNull(readAt, "readAt");
    lastError = Objects.requireNonNullElse(lastError, "");
  }

  /** The owner. */
  public long userId() {
    return firing.userId();
  }

  /** True for the digest that summarises notifications held back by the hourly limit. */
  public boolean isDigest() {
    return firingKey.startsWith(NotificationStore.DIGEST_PREFIX);
  }
}
