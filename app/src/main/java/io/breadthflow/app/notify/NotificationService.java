package io.breadthflow.app.notify;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.notify.channel.MessageTemplate;
import io.breadthflow.app.notify.channel.WebhookTargets;
import io.breadthflow.core.notify.DeliveryChannel;
import io.breadthflow.store.NotificationFilter;
import io.breadthflow.store.NotificationPreferences;
import io.breadthflow.store.NotificationStatus;
import io.breadthflow.store.NotificationStore;
import io.breadthflow.store.StoredNotification;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A user's notifications: the notification centre (in-app, read marks), the delivery log of every
 * channel, preferences and the webhook secret; and delivery health for admins. Every call names the
 * owner: another user's notification is {@link io.breadthflow.app.Failure#NOT_FOUND}. Thread-safe.
 */
public final class NotificationService {
  private final NotificationStore store;
  private final WebhookTargets targets;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  public NotificationService(NotificationStore store, WebhookTargets targets, Clock clock) {
    this.store = store;
    this.targets = targets;
    this.clock = clock;
  }

  /** The user's delivered in-app notifications, newest first (the notification centre). */
  public List<NotificationView> list(long userId, ListRequest request) {
    NotificationFilter filter =
        new NotificationFilter(
            Optional.of(DeliveryChannel.IN_APP),
            Set.of(NotificationStatus.SENT),
            request.beforeId(),
            request.read());
    return store.forUser(userId, filter, request.limit()).stream()
        .map(NotificationView::of)
        .toList();
  }

  /** The user's delivery log, newest firing first, each with every channel's status. */
  public List<FiringHistory> history(long userId, HistoryRequest request) {
    NotificationFilter filter =
        new NotificationFilter(
            request.channel(),
            request.statuses(),
            request.beforeId(),
            NotificationFilter.ReadState.ALL);
    Map<String, List<StoredNotification>> byFiring = new LinkedHashMap<>();
    for (StoredNotification n : store.forUser(userId, filter, request.limit())) {
      byFiring.computeIfAbsent(n.firingKey(), key -> new ArrayList<>()).add(n);
    }
    List<FiringHistory> history = new ArrayList<>(byFiring.size());
    for (List<StoredNotification> group : byFiring.values()) {
      StoredNotification first = group.get(0);
      history.add(
          new FiringHistory(
              first.firingKey(),
              first.firing().ruleId(),
              first.firing().ruleName(),
              first.firing().symbol(),
              first.firing().interval(),
              first.firing().barTime(),
              first.firing().message(),
              group.stream()
                  .sorted(java.util.Comparator.comparing(StoredNotification::channel))
                  .map(
                      n ->
                          new FiringHistory.Delivery(
                              n.id(),
                              n.channel().code(),
                              n.status().name(),
                              n.attempts(),
                              n.lastError(),
                              n.nextAttemptAt(),
                              n.sentAt().orElse(null)))
                  .toList()));
    }
    return history;
  }

  /**
   * The user's notification {@code id}.
   *
   * @throws UseCaseException (not found) when the user has none with that id
   */
  public NotificationView get(long userId, long id) {
    return store.byId(userId, id).map(NotificationView::of).orElseThrow(() -> notFound(id));
  }

  /**
   * Marks the user's notification {@code id} read.
   *
   * @throws UseCaseException (not found) when the user has none with that id
   */
  public void markRead(long userId, long id) {
    if (!store.markRead(userId, id)) {
      throw notFound(id);
    }
  }

  /** Marks all the user's in-app notifications read; returns how many were unread. */
  public long markAllRead(long userId) {
    return store.markAllRead(userId);
  }

  /** The user's unread in-app notifications. */
  public long unreadCount(long userId) {
    return store.unreadCount(userId);
  }

  /** The user's preferences. */
  public PreferencesView preferences(long userId) {
    return PreferencesView.of(store.preferences(userId));
  }

  /**
   * Replaces the user's preferences, keeping their webhook secret; a webhook URL is refused unless
   * it is http(s) and (by the operator's policy) its host resolves to public addresses only.
   * Setting a webhook URL with no secret yet creates one ({@link #rotateWebhookSecret} shows a new
   * one).
   *
   * @throws UseCaseException (invalid request) for a refused webhook URL
   */
  public PreferencesView updatePreferences(long userId, PreferencesRequest request) {
    request
        .webhookUrl()
        .flatMap(targets::refusal)
        .ifPresent(
            reason -> {
              throw UseCaseException.invalid(reason);
            });
    NotificationPreferences current = store.preferences(userId);
    Optional<String> secret =
        current.webhookSecret().isPresent() || request.webhookUrl().isEmpty()
            ? current.webhookSecret()
            : Optional.of(newSecret());
    NotificationPreferences updated =
        new NotificationPreferences(
            userId,
            request.enabled(),
            request.webhookUrl(),
            request.webhookTemplate().map(MessageTemplate::text),
            secret,
            request.email(),
            request.quietHours().map(QuietHours::from),
            request.quietHours().map(QuietHours::to),
            request.maxPerHour());
    store.savePreferences(updated);
    return PreferencesView.of(updated);
  }

  /** Replaces the user's webhook signing secret with a new one, returned this once. */
  public WebhookSecret rotateWebhookSecret(long userId) {
    String secret = newSecret();
    store.savePreferences(store.preferences(userId).withWebhookSecret(secret));
    return new WebhookSecret(secret);
  }

  /** For admins: notifications per channel and status, and the oldest undelivered one's age. */
  public HealthView health() {
    return HealthView.of(store.health(clock.instant()));
  }

  private String newSecret() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private static UseCaseException notFound(long id) {
    return UseCaseException.notFound("no notification with id " + id);
  }
}
