package io.breadthflow.store;

import io.breadthflow.core.notify.DeliveryChannel;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which of a user's notifications to list.
 *
 * @param channel only this channel, or all
 * @param statuses only these statuses; empty for all
 * @param beforeId only notifications with a smaller id (the next page), or from the newest
 * @param read only unread ones, or all
 */
public record NotificationFilter(
    Optional<DeliveryChannel> channel,
    Set<NotificationStatus> statuses,
    Optional<Long> beforeId,
    ReadState read) {

  /** Which notifications by their read mark. */
  public enum ReadState {
    ALL,
    UNREAD
  }

  /** Every notification. */
  public static final NotificationFilter ALL =
      new NotificationFilter(Optional.empty(), Set.of(), Optional.empty(), ReadState.ALL);

  public NotificationFilter {
    Objects.requireNonNull(channel, "channel");
    statuses = Set.copyOf(statuses);
    Objects.requireNonNull(beforeId, "beforeId");
    Objects.requireNonNull(read, "read");
  }
}
