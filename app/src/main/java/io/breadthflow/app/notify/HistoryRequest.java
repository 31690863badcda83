package io.breadthflow.app.notify;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.backtest.Limit;
import io.breadthflow.core.notify.DeliveryChannel;
import io.breadthflow.store.NotificationStatus;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A page of the user's delivery log: every channel's notifications, newest first, grouped by
 * firing.
 *
 * @param limit at most this many notifications (a firing's channels count one each), {@link #LIMIT}
 * @param beforeId only notifications older than this id (the next page)
 * @param channel only this channel, or all
 * @param statuses only these statuses, or all when empty
 */
public record HistoryRequest(
    int limit,
    Optional<Long> beforeId,
    Optional<DeliveryChannel> channel,
    Set<NotificationStatus> statuses) {
  /** Notifications per page: 1 to 500, 100 when not given. */
  public static final Limit LIMIT = Limit.integer("limit", 1, 500, 100, "notifications");

  public HistoryRequest {
    LIMIT.checkInt(limit);
    UseCaseException.required(beforeId, "the page start (or none)");
    UseCaseException.required(channel, "the channel (or none)");
    statuses = Set.copyOf(UseCaseException.requiredEach(statuses, "statuses"));
  }

  /**
   * From query parameters, each null when not given: {@code limit}, {@code before} (an id), {@code
   * channel} ({@code in_app}, {@code webhook} or {@code email}) and {@code status} (comma-separated
   * statuses, e.g. {@code DEAD,RETRYING}, any case).
   *
   * @throws UseCaseException for an out-of-range limit, an unknown channel or status
   */
  public static HistoryRequest of(Integer limit, Long before, String channel, String status) {
    Optional<DeliveryChannel> only;
    try {
      only = Optional.ofNullable(channel).map(DeliveryChannel::of);
    } catch (IllegalArgumentException e) {
      throw UseCaseException.invalid(e.getMessage());
    }
    Set<NotificationStatus> statuses = EnumSet.noneOf(NotificationStatus.class);
    if (status != null && !status.isBlank()) {
      for (String name : status.split(",")) {
        try {
          statuses.add(NotificationStatus.valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          throw UseCaseException.invalid(
              "unknown status '"
                  + name.strip()
                  + "' (known: "
                  + Arrays.toString(NotificationStatus.values())
                  + ")");
        }
      }
    }
    return new HistoryRequest(
        limit == null ? (int) LIMIT.fallback() : LIMIT.checkInt(limit),
        Optional.ofNullable(before),
        only,
        statuses);
  }

  /** The newest page of everything. */
  public static HistoryRequest newest() {
    return new HistoryRequest((int) LIMIT.fallback(), Optional.empty(), Optional.empty(), Set.of());
  }
}
