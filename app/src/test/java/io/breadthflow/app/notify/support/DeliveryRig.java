package io.breadthflow.app.notify.support;

import io.breadthflow.app.config.NotificationSettings;
import io.breadthflow.app.config.NotificationSettings.PrivateTargets;
import io.breadthflow.app.config.NotificationSettings.Smtp;
import io.breadthflow.app.config.NotificationSettings.SmtpTls;
import io.breadthflow.app.notify.DispatchTuning;
import io.breadthflow.app.notify.NotificationDispatcher;
import io.breadthflow.app.notify.channel.EmailSender;
import io.breadthflow.app.notify.channel.InAppSender;
import io.breadthflow.app.notify.channel.WebhookSender;
import io.breadthflow.app.notify.channel.WebhookTargets;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.live.LiveEvent;
import io.breadthflow.core.notify.DeliveryChannel;
import io.breadthflow.core.rule.RuleFiring;
import io.breadthflow.store.NotificationPreferences;
import io.breadthflow.store.NotificationStore;
import io.breadthflow.store.UserProfile;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What a dispatcher test needs around an outbox: the users' profiles, a live hub that keeps what it
 * is given, a webhook receiver and the SMTP port of a GreenMail server, and the dispatcher built as
 * the application builds it (private webhook targets allowed: the receiver is on loopback).
 */
public final class DeliveryRig {
  public static final String SECRET = "0123456789abcdef0123456789abcdef";

  private final NotificationStore store;
  private final Clock clock;
  private final int smtpPort;
  private final Map<Long, UserProfile> profiles = new ConcurrentHashMap<>();
  public final List<LiveEvent> live = new CopyOnWriteArrayList<>();

  public DeliveryRig(NotificationStore store, Clock clock, int smtpPort) {
    this.store = store;
    this.clock = clock;
    this.smtpPort = smtpPort;
  }

  /** A user with an e-mail address in {@code zone}, whose webhooks go to {@code url}. */
  public void user(long userId, String url, ZoneId zone) {
    profiles.put(
        userId,
        new UserProfile(
            userId, "user" + userId, Optional.of("user" + userId + "@example.com"), zone));
    store.savePreferences(
        preferences(userId, url, EnumSet.allOf(DeliveryChannel.class), Optional.empty(), 0));
  }

  public static NotificationPreferences preferences(
      long userId,
      String url,
      Set<DeliveryChannel> enabled,
      Optional<LocalTime[]> quiet,
      int maxPerHour) {
    return new NotificationPreferences(
        userId,
        enabled,
        Optional.of(url),
        Optional.empty(),
        Optional.of(SECRET),
        Optional.empty(),
        quiet.map(q -> q[0]),
        quiet.map(q -> q[1]),
        maxPerHour);
  }

  public NotificationSettings settings(int maxAttempts) {
    return new NotificationSettings(
        Optional.of(
            new Smtp("127.0.0.1", smtpPort, "", "", "alerts@breadthflow.test", SmtpTls.NONE)),
        PrivateTargets.ALLOWED,
        maxAttempts,
        Duration.ofSeconds(2),
        Duration.ofMinutes(10));
  }

  public NotificationDispatcher dispatcher(
      int maxAttempts, PrivateTargets targets, Duration lease) {
    NotificationSettings settings = settings(maxAttempts);
    Duration timeout = Duration.ofSeconds(5);
    return new NotificationDispatcher(
        store,
        userId -> Optional.ofNullable(profiles.get(userId)),
        Map.of(
            DeliveryChannel.IN_APP,
            new InAppSender(live::add, clock),
            DeliveryChannel.WEBHOOK,
            new WebhookSender(new WebhookTargets(targets), clock, timeout),
            DeliveryChannel.EMAIL,
            new EmailSender(settings.smtp(), clock, timeout)),
        settings,
        new DispatchTuning(Duration.ofMillis(50), 100, lease),
        clock);
  }

  public NotificationDispatcher dispatcher() {
    return dispatcher(5, PrivateTargets.ALLOWED, Duration.ofSeconds(30));
  }

  /** A firing of rule 11 of {@code userId} on {@code symbol}'s bar number {@code bar}. */
  public static RuleFiring firing(
      long userId, String symbol, int bar, DeliveryChannel... channels) {
    return new RuleFiring(
        11,
        userId,
        "RSI below 30",
        symbol,
        Interval.ONE_MINUTE,
        Instant.parse("2026-03-02T14:30:00Z").plusSeconds(60L * bar),
        181.5,
        28.4,
        symbol + " RSI(14) 28.4 crossed below 30",
        channels.length == 0 ? EnumSet.allOf(DeliveryChannel.class) : Set.of(channels));
  }

  /** Dispatches until nothing is due now. */
  public static void drain(NotificationDispatcher dispatcher) {
    while (dispatcher.dispatchOnce() > 0) {
      // more may be due
    }
  }
}
