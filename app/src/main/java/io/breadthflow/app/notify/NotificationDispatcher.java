package io.breadthflow.app.notify;

import io.breadthflow.app.config.NotificationSettings;
import io.breadthflow.app.notify.channel.Outcome;
import io.breadthflow.app.notify.channel.Outgoing;
import io.breadthflow.app.notify.channel.Sender;
import io.breadthflow.core.notify.DeliveryChannel;
import io.breadthflow.store.NotificationPreferences;
import io.breadthflow.store.NotificationStore;
import io.breadthflow.store.StoredNotification;
import io.breadthflow.store.UserProfile;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes due notifications from the outbox and delivers them, on one background thread after {@link
 * #start} (or a call of {@link #dispatchOnce} at a time). For each claimed notification, in order:
 *
 * <ol>
 *   <li>channel turned off in the user's preferences → SKIPPED;
 *   <li>within the user's quiet hours (in their profile's zone) → back to PENDING until they end;
 *   <li>the user's hourly limit for the channel reached (clock hours, UTC) → DIGESTED, and one
 *       digest summarising the hour's held-back notifications is sent at the hour's end;
 *   <li>otherwise sent: SENT; a failure is retried after {@link NotificationSettings#backoff} and
 *       is DEAD after {@link NotificationSettings#maxAttempts} attempts, or at once when no retry
 *       can help.
 * </ol>
 *
 * Exactly once per firing and channel: the outbox holds one row per firing and channel, a claim is
 * a lease that a dispatcher which died is relieved of when it ends, and outcomes are fenced by the
 * lease. A dispatcher that died after sending but before recording it causes one repeat, which the
 * webhook's {@code Idempotency-Key} (and the e-mail's Message-ID) lets the receiver drop.
 */
public final class NotificationDispatcher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(NotificationDispatcher.class);

  private final NotificationStore store;
  private final ProfileLookup profiles;
  private final Map<DeliveryChannel, Sender> senders;
  private final NotificationSettings settings;
  private final DispatchTuning tuning;
  private final Clock clock;
  private ScheduledExecutorService worker;

  public NotificationDispatcher(
      NotificationStore store,
      ProfileLookup profiles,
      Map<DeliveryChannel, Sender> senders,
      NotificationSettings settings,
      DispatchTuning tuning,
      Clock clock) {
    this.store = store;
    this.profiles = profiles;
    this.senders = new EnumMap<>(senders);
    for (DeliveryChannel channel : DeliveryChannel.values()) {
      if (!this.senders.containsKey(channel)) {
        throw new IllegalArgumentException("no sender for channel " + channel.code());
      }
    }
    this.settings = settings;
    this.tuning = tuning;
    this.clock = clock;
  }

  /** Starts polling the outbox on a background thread; a second call changes nothing. */
  public synchronized NotificationDispatcher start() {
    if (worker == null) {
      worker =
          Executors.newSingleThreadScheduledExecutor(
              task -> {
                Thread thread = new Thread(task, "notification-dispatcher");
                thread.setDaemon(true);
                return thread;
              });
      worker.scheduleWithFixedDelay(
          this::drain, 0, tuning.poll().toMillis(), TimeUnit.MILLISECONDS);
    }
    return this;
  }

  /** Stops polling, letting the delivery in progress finish (at most one timeout). */
  @Override
  public synchronized void close() {
    if (worker != null) {
      worker.shutdown();
      try {
        if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
          worker.shutdownNow();
        }
      } catch (InterruptedException e) {
        worker.shutdownNow();
        Thread.currentThread().interrupt();
      }
      worker = null;
    }
  }

  private void drain() {
    try {
      while (dispatchOnce() == tuning.batch() && !Thread.currentThread().isInterrupted()) {
        // a full batch: more may be due at once
      }
    } catch (RuntimeException e) {
      LOG.warn("notification dispatch failed, retrying at the next poll: {}", e.toString());
    }
  }

  /**
   * Claims one batch of due notifications and handles each (with the preferences its users had at
   * the claim).
   *
   * @return how many were claimed
   */
  public int dispatchOnce() {
    List<StoredNotification> claimed =
        store.claimDue(clock.instant(), tuning.batch(), tuning.lease());
    Map<Long, NotificationPreferences> preferences = new HashMap<>();
    for (StoredNotification notification : claimed) {
      NotificationPreferences mine =
          preferences.computeIfAbsent(notification.userId(), store::preferences);
      try {
        handle(notification, mine);
      } catch (RuntimeException e) {
        LOG.warn("notification {} could not be delivered: {}", notification.id(), e.toString());
        record(notification, Outcome.retry("the notification could not be prepared"));
      }
    }
    return claimed.size();
  }

  private void handle(StoredNotification n, NotificationPreferences preferences) {
    if (!preferences.enabled().contains(n.channel())) {
      store.markSkipped(n, "the " + n.channel().code() + " channel is turned off");
      return;
    }
    Optional<UserProfile> profile = profiles.profile(n.userId());
    if (profile.isEmpty()) {
      store.markSkipped(n, "the user no longer exists");
      return;
    }
    ZoneId zone = profile.get().zone();
    Instant now = clock.instant();
    if (preferences.quietFrom().isPresent()) {
      QuietHours quiet =
          new QuietHours(preferences.quietFrom().get(), preferences.quietTo().orElseThrow());
      Instant release = quiet.releaseAt(now, zone);
      if (release.isAfter(now)) {
        store.postpone(n, release);
        return;
      }
    }
    String message = n.firing().message();
    if (n.isDigest()) {
      List<StoredNotification> held = store.digested(n);
      if (held.isEmpty()) {
        store.markSkipped(n, "nothing was held back");
        return;
      }
      message = digestMessage(held, n.firing().barTime());
    } else if (preferences.maxPerHour() > 0) {
      Instant hour = now.truncatedTo(ChronoUnit.HOURS);
      if (store.sentSince(n.userId(), n.channel(), hour) >= preferences.maxPerHour()) {
        store.markDigested(n, hour);
        return;
      }
    }
    Optional<String> email = preferences.emailOverride().or(() -> profile.get().email());
    Outcome outcome =
        senders.get(n.channel()).send(new Outgoing(n, message, preferences, email, zone));
    record(n, outcome);
  }

  private void record(StoredNotification n, Outcome outcome) {
    switch (outcome.kind()) {
      case SENT -> store.markSent(n, clock.instant());
      case SKIPPED -> store.markSkipped(n, outcome.detail());
      case PERMANENT -> store.markDead(n, outcome.detail());
      case RETRY -> {
        if (n.attempts() >= settings.maxAttempts()) {
          store.markDead(n, outcome.detail() + " (gave up after " + n.attempts() + " attempts)");
        } else {
          Duration wait = settings.backoff(n.attempts());
          store.markRetry(n, outcome.detail(), clock.instant().plus(wait));
        }
      }
    }
  }

  private static String digestMessage(List<StoredNotification> held, Instant hour) {
    StringBuilder message =
        new StringBuilder()
            .append(held.size())
            .append(held.size() == 1 ? " notification" : " notifications")
            .append(" held back by your hourly limit (")
            .append(hour.atOffset(ZoneOffset.UTC).toLocalTime())
            .append("-")
            .append(hour.plus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC).toLocalTime())
            .append(" UTC): ");
    int shown = Math.min(held.size(), 20);
    for (int i = 0; i < shown; i++) {
      if (i > 0) {
        message.append("; ");
      }
      message.append(held.get(i).firing().message());
    }
    if (held.size() > shown) {
      message.append("; and ").append(held.size() - shown).append(" more");
    }
    return message.toString();
  }
}
