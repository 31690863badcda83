package io.breadthflow.store;

import io.breadthflow.core.notify.DeliveryChannel;
import io.breadthflow.core.rule.RuleFiring;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The notification outbox and delivery log. Implementations are thread-safe, and on PostgreSQL
 * several processes may dispatch from one outbox: {@link #claimDue} hands each notification to one
 * of them at a time.
 *
 * <p>The outcome of an attempt ({@link #markSent}, {@link #markRetry}, …) is fenced by the claim's
 * lease: a dispatcher whose lease expired and whose notification was claimed again changes nothing
 * (its methods return false).
 */
public interface NotificationStore {
  /** How the firing key of a digest begins. */
  String DIGEST_PREFIX = "digest/";

  /**
   * Records rule firings and, in the same transaction, one pending notification per firing and
   * channel. A firing already recorded (same {@link RuleFiring#key()}) adds nothing, so a job that
   * sees a bar again after a restart delivers nothing twice.
   *
   * @return number of notifications added
   */
  long enqueue(List<RuleFiring> firings);

  /**
   * Claims up to {@code limit} due notifications, oldest due first: PENDING and RETRYING ones due
   * at {@code now}, and SENDING ones whose lease ended before {@code now} (their sender died). Each
   * becomes SENDING with a lease until {@code now + lease} and one more attempt.
   */
  List<StoredNotification> claimDue(Instant now, int limit, Duration lease);

  /** Marks a claimed notification delivered at {@code sentAt}; false when the claim was lost. */
  boolean markSent(StoredNotification claimed, Instant sentAt);

  /** Schedules another attempt at {@code nextAttempt} after {@code error}; false when lost. */
  boolean markRetry(StoredNotification claimed, String error, Instant nextAttempt);

  /** Gives up after {@code error}; false when the claim was lost. */
  boolean markDead(StoredNotification claimed, String error);

  /** Records that it is not to be sent, and why; false when the claim was lost. */
  boolean markSkipped(StoredNotification claimed, String reason);

  /**
   * Puts a claimed notification back as PENDING until {@code until} without counting the attempt
   * (quiet hours); false when the claim was lost.
   */
  boolean postpone(StoredNotification claimed, Instant until);

  /**
   * Holds a claimed notification back for the hourly limit: it becomes DIGESTED, and the digest of
   * its user, channel and hour {@code [windowStart, windowStart + 1h)} is enqueued (once) to be
   * sent at the hour's end.
   *
   * @return false when the claim was lost
   */
  boolean markDigested(StoredNotification claimed, Instant windowStart);

  /** The notifications a digest summarises, oldest first. */
  List<StoredNotification> digested(StoredNotification digest);

  /**
   * How many non-digest notifications of the user and channel were delivered since {@code from}.
   */
  long sentSince(long userId, DeliveryChannel channel, Instant from);

  /** The user's notifications that pass {@code filter}, newest first, at most {@code limit}. */
  List<StoredNotification> forUser(long userId, NotificationFilter filter, int limit);

  /** The user's notification {@code id}, if it is theirs. */
  Optional<StoredNotification> byId(long userId, long id);

  /**
   * Marks notification {@code id} of user {@code userId} read; marking it again changes nothing.
   *
   * @return false when the user has no notification with that id
   */
  boolean markRead(long userId, long id);

  /** Marks every in-app notification of the user read; returns how many were unread. */
  long markAllRead(long userId);

  /** The user's delivered in-app notifications not yet read. */
  long unreadCount(long userId);

  /** The user's preferences, {@link NotificationPreferences#defaults} when none were saved. */
  NotificationPreferences preferences(long userId);

  /** Saves (replaces) a user's preferences. */
  void savePreferences(NotificationPreferences preferences);

  /** Counts per channel and status and the oldest undelivered notification's age at {@code now}. */
  DeliveryHealth health(Instant now);
}
