package io.breadthflow.app.notify;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.backtest.Limit;
import io.breadthflow.store.NotificationFilter.ReadState;
import java.util.Optional;

/**
 * A page of the user's notification centre: delivered in-app notifications, newest first.
 *
 * @param limit at most this many, {@link #LIMIT}
 * @param beforeId only those older than this id (the next page)
 * @param read all, or only the unread ones
 */
public record ListRequest(int limit, Optional<Long> beforeId, ReadState read) {
  /** Notifications per page: 1 to 200, 50 when not given. */
  public static final Limit LIMIT = Limit.integer("limit", 1, 200, 50, "notifications");

  public ListRequest {
    LIMIT.checkInt(limit);
    UseCaseException.required(beforeId, "the page start (or none)");
    UseCaseException.required(read, "which notifications (all or unread)");
  }

  /**
   * From query parameters, each null when not given: {@code limit}, {@code before} (an id) and
   * {@code unread} ({@code true} for unread ones only).
   *
   * @throws UseCaseException for an out-of-range limit or an {@code unread} not true/false
   */
  public static ListRequest of(Integer limit, Long before, String unread) {
    ReadState read =
        switch (unread == null ? "false" : unread) {
          case "true" -> ReadState.UNREAD;
          case "false" -> ReadState.ALL;
          default -> throw UseCaseException.invalid("unread must be true or false");
        };
    return new ListRequest(
        limit == null ? (int) LIMIT.fallback() : LIMIT.checkInt(limit),
        Optional.ofNullable(before),
        read);
  }

  /** The newest page of all notifications. */
  public static ListRequest newest() {
    return new ListRequest((int) LIMIT.fallback(), Optional.empty(), ReadState.ALL);
  }
}
