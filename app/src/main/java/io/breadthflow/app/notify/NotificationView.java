package io.breadthflow.app.notify;

import io.breadthflow.core.domain.Interval;
import io.breadthflow.store.StoredNotification;
import java.time.Instant;

/**
 * One notification as its owner sees it (API, WebSocket, notification centre).
 *
 * @param id the notification's id
 * @param firingKey the firing's identity (also the webhook's {@code Idempotency-Key})
 * @param ruleId the rule that fired, 0 for a digest
 * @param rule the rule's name
 * @param symbol the symbol, empty for a market-wide rule or a digest
 * @param interval the bar interval
 * @param barTime the bar that fired the rule
 * @param close the symbol's close on that bar, NaN (JSON null) when none
 * @param value the measured value, NaN (JSON null) when none
 * @param message one line for people
 * @param channel {@code in_app}, {@code webhook} or {@code email}
 * @param status the delivery status
 * @param attempts delivery attempts so far
 * @param lastError why the last attempt failed (or why it was skipped), empty when none
 * @param createdAt when it was enqueued
 * @param sentAt when it was delivered, null when not
 * @param readAt when it was marked read, null when not
 */
public record NotificationView(
    long id,
    String firingKey,
    long ruleId,
    String rule,
    String symbol,
    Interval interval,
    Instant barTime,
    double close,
    double value,
    String message,
    String channel,
    String status,
    int attempts,
    String lastError,
    Instant createdAt,
    Instant sentAt,
    Instant readAt) {

  /** The view of a stored notification. */
  public static NotificationView of(StoredNotification n) {
    return new NotificationView(
        n.id(),
        n.firingKey(),
        n.firing().ruleId(),
        n.firing().ruleName(),
        n.firing().symbol(),
        n.firing().interval(),
        n.firing().barTime(),
        n.firing().close(),
        n.firing().value(),
        n.firing().message(),
        n.channel().code(),
        n.status().name(),
        n.attempts(),
        n.lastError(),
        n.createdAt(),
        n.sentAt().orElse(null),
        n.readAt().orElse(null));
  }
}
