package io.breadthflow.app.notify;

import io.breadthflow.core.domain.Interval;
import java.time.Instant;
import java.util.List;

/**
 * The delivery log of one rule firing: what fired and how each channel fared.
 *
 * @param firingKey the firing's identity
 * @param ruleId the rule, 0 for a digest
 * @param rule the rule's name
 * @param symbol the symbol, empty for a market-wide rule or a digest
 * @param interval the bar interval
 * @param barTime the bar that fired it
 * @param message one line for people
 * @param deliveries one per channel, in channel order
 */
public record FiringHistory(
    String firingKey,
    long ruleId,
    String rule,
    String symbol,
    Interval interval,
    Instant barTime,
    String message,
    List<Delivery> deliveries) {

  /**
   * One channel's delivery of the firing.
   *
   * @param id the notification's id
   * @param channel {@code in_app}, {@code webhook} or {@code email}
   * @param status the delivery status
   * @param attempts attempts so far
   * @param lastError the last failure or skip reason, empty when none
   * @param nextAttemptAt when the next attempt is due (meaningful while PENDING or RETRYING)
   * @param sentAt when it was delivered, null when not
   */
  public record Delivery(
      long id,
      String channel,
      String status,
      int attempts,
      String lastError,
      Instant nextAttemptAt,
      Instant sentAt) {}

  public FiringHistory {
    deliveries = List.copyOf(deliveries);
  }
}
