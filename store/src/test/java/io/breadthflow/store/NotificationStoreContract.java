package io.breadthflow.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.notify.DeliveryChannel;
import io.breadthflow.core.rule.RuleFiring;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour of every {@link NotificationStore}; run once per engine by its subclasses. */
abstract class NotificationStoreContract {
  private static final Instant NOW = Instant.parse("2026-03-02T15:04:05Z");
  private static final Duration LEASE = Duration.ofSeconds(30);
  private static final long ALICE = 7;
  private static final long BOB = 8;

  private MarketStore market;
  private NotificationStore store;

  /** A config for a new, empty database of the engine under test. */
  protected abstract StoreConfig emptyDatabase() throws Exception;

  /** Drops what {@link #emptyDatabase} created. */
  protected void dropDatabase() throws Exception {}

  @BeforeEach
  void openStore() throws Exception {
    market = MarketStores.open(emptyDatabase(), Clock.fixed(NOW, ZoneOffset.UTC));
    store = market.notifications();
  }

  @AfterEach
  void closeStore() throws Exception {
    if (market != null) {
      market.close();
      dropDatabase();
    }
  }

  private static RuleFiring firing(long user, String symbol, int bar, DeliveryChannel... channels) {
    return new RuleFiring(
        11,
        user,
        "RSI below 30",
        symbol,
        Interval.ONE_MINUTE,
        Instant.parse("2026-03-02T14:30:00Z").plusSeconds(60L * bar),
        181.5,
        28.4,
        symbol + " RSI(14) 28.4 crossed below 30",
        Set.of(channels));
  }

  private static RuleFiring everyChannel(long user, String symbol, int bar) {
    return firing(user, symbol, bar, DeliveryChannel.values());
  }

  @Test
  void enqueuingAFiringAgainAddsNothing() {
    RuleFiring firing = everyChannel(ALICE, "AAPL", 0);

    assertThat(store.enqueue(List.of(firing))).isEqualTo(3);
    assertThat(store.enqueue(List.of(firing, firing))).isZero();

    List<StoredNotification> all = store.forUser(ALICE, NotificationFilter.ALL, 10);
    assertThat(all).hasSize(3);
    assertThat(all)
        .extracting(StoredNotification::channel)
        .containsExactlyInAnyOrder(DeliveryChannel.values());
    assertThat(all).allSatisfy(n -> assertThat(n.firingKey()).isEqualTo(firing.key()));
    StoredNotification one = all.get(0);
    assertThat(one.status()).isEqualTo(NotificationStatus.PENDING);
    assertThat(one.firing().close()).isEqualTo(181.5);
    assertThat(one.firing().barTime()).isEqualTo(firing.barTime());
    assertThat(one.createdAt()).isEqualTo(NOW);
  }

  @Test
  void aFiringGoesOnlyToItsChannels() {
    assertThat(store.enqueue(List.of(firing(ALICE, "AAPL", 0, DeliveryChannel.WEBHOOK))))
        .isEqualTo(1);
  }

  @Test
  void aClaimedNotificationIsNotClaimedAgainWhileItsLeaseRuns() {
    store.enqueue(List.of(everyChannel(ALICE, "AAPL", 0)));

    List<StoredNotification> claimed = store.claimDue(NOW, 10, LEASE);

    assertThat(claimed).hasSize(3);
    assertThat(claimed)
        .allSatisfy(
            n -> {
              assertThat(n.status()).isEqualTo(NotificationStatus.SENDING);
              assertThat(n.attempts()).isEqualTo(1);
              assertThat(n.leaseUntil()).contains(NOW.plus(LEASE));
            });
    assertThat(store.claimDue(NOW.plusSeconds(29), 10, LEASE)).isEmpty();
  }

  @Test
  void aDeadSendersNotificationsAreClaimedAgainWhenTheLeaseEnds() {
    store.enqueue(List.of(everyChannel(ALICE, "AAPL", 0)));
    List<StoredNotification> first = store.claimDue(NOW, 10, LEASE);

    List<StoredNotification> again = store.claimDue(NOW.plusSeconds(31), 10, LEASE);

    assertThat(again).hasSize(3).allSatisfy(n -> assertThat(n.attempts()).isEqualTo(2));
    assertThat(store.markSent(first.get(0), NOW.plusSeconds(32))).isFalse();
    StoredNotification mine =
        again.stream().filter(n -> n.id() == first.get(0).id()).findFirst().orElseThrow();
    assertThat(store.markSent(mine, NOW.plusSeconds(32))).isTrue();
    assertThat(store.byId(ALICE, mine.id()).orElseThrow().status())
        .isEqualTo(NotificationStatus.SENT);
  }

  @Test
  void claimsHonourTheLimitOldestFirst() {
    store.enqueue(List.of(everyChannel(ALICE, "AAPL", 0), everyChannel(ALICE, "MSFT", 1)));

    List<StoredNotification> claimed = store.claimDue(NOW, 2, LEASE);

    assertThat(claimed).hasSize(2);
    assertThat(store.claimDue(NOW, 10, LEASE)).hasSize(4);
  }

  @Test
  void aRetryIsDueAtItsNextAttemptWithItsError() {
    store.enqueue(List.of(firing(ALICE, "AAPL", 0, DeliveryChannel.WEBHOOK)));
    StoredNotification claimed = store.claimDue(NOW, 10, LEASE).get(0);

    assertThat(store.markRetry(claimed, "HTTP 500 from the webhook", NOW.plusSeconds(2))).isTrue();

    assertThat(store.claimDue(NOW.plusSeconds(1), 10, LEASE)).isEmpty();
    StoredNotification retried = store.claimDue(NOW.plusSeconds(2), 10, LEASE).get(0);
    assertThat(retried.attempts()).isEqualTo(2);
    assertThat(retried.lastError()).isEqualTo("HTTP 500 from the webhook");
  }

  @Test
  void deadAndSkippedNotificationsAreNotClaimedAgain() {
    store.enqueue(
        List.of(firing(ALICE, "AAPL", 0, DeliveryChannel.WEBHOOK, DeliveryChannel.EMAIL)));
    List<StoredNotification> claimed = store.claimDue(NOW, 10, LEASE);

    assertThat(store.markDead(claimed.get(0), "gave up")).isTrue();
    assertThat(store.markSkipped(claimed.get(1), "e-mail is off")).isTrue();

    assertThat(store.claimDue(NOW.plus(Duration.ofDays(1)), 10, LEASE)).isEmpty();
    assertThat(store.forUser(ALICE, NotificationFilter.ALL, 10))
        .extracting(StoredNotification::status)
        .containsExactlyInAnyOrder(NotificationStatus.DEAD, NotificationStatus.SKIPPED);
  }

  @Test
  void aPostponedNotificationWaitsWithoutCountingTheAttempt() {
    store.enqueue(List.of(firing(ALICE, "AAPL", 0, DeliveryChannel.EMAIL)));
    StoredNotification claimed = store.claimDue(NOW, 10, LEASE).get(0);

    assertThat(store.postpone(claimed, NOW.plus(Duration.ofHours(8)))).isTrue();

    assertThat(store.claimDue(NOW.plus(Duration.ofHours(7)), 10, LEASE)).isEmpty();
    StoredNotification later = store.claimDue(NOW.plus(Duration.ofHours(8)), 10, LEASE).get(0);
    assertThat(later.attempts()).isEqualTo(1);
  }

  @Test
  void digestedNotificationsAreSummarisedByOneDigestAtTheEndOfTheHour() {
    Instant hour = Instant.parse("2026-03-02T15:00:00Z");
    store.enqueue(
        List.of(
            firing(ALICE, "AAPL", 0, DeliveryChannel.WEBHOOK),
            firing(ALICE, "MSFT", 1, DeliveryChannel.WEBHOOK),
            firing(ALICE, "NVDA", 2, DeliveryChannel.WEBHOOK)));
    List<StoredNotification> claimed = store.claimDue(NOW, 10, LEASE);
    store.markSent(claimed.get(0), NOW);

    assertThat(store.markDigested(claimed.get(1), hour)).isTrue();
    assertThat(store.markDigested(claimed.get(2), hour)).isTrue();

    assertThat(store.sentSince(ALICE, DeliveryChannel.WEBHOOK, hour)).isEqualTo(1);
    assertThat(store.claimDue(NOW.plusSeconds(60), 10, LEASE)).isEmpty();
    List<StoredNotification> digests = store.claimDue(hour.plus(Duration.ofHours(1)), 10, LEASE);
    assertThat(digests).hasSize(1);
    StoredNotification digest = digests.get(0);
    assertThat(digest.isDigest()).isTrue();
    assertThat(digest.userId()).isEqualTo(ALICE);
    assertThat(digest.channel()).isEqualTo(DeliveryChannel.WEBHOOK);
    assertThat(store.digested(digest))
        .extracting(n -> n.firing().symbol())
        .containsExactly("MSFT", "NVDA");
    store.markSent(digest, hour.plus(Duration.ofHours(1)));
    assertThat(store.sentSince(ALICE, DeliveryChannel.WEBHOOK, hour)).isEqualTo(1);
  }

  @Test
  void usersSeeAndMarkOnlyTheirOwnNotifications() {
    store.enqueue(List.of(everyChannel(ALICE, "AAPL", 0), everyChannel(BOB, "MSFT", 0)));
    for (StoredNotification n : store.claimDue(NOW, 10, LEASE)) {
      store.markSent(n, NOW);
    }
    StoredNotification bobs =
        store
            .forUser(
                BOB,
                new NotificationFilter(
                    Optional.of(DeliveryChannel.IN_APP),
                    Set.of(),
                    Optional.empty(),
                    NotificationFilter.ReadState.ALL),
                10)
            .get(0);

    assertThat(store.forUser(ALICE, NotificationFilter.ALL, 10))
        .allSatisfy(n -> assertThat(n.userId()).isEqualTo(ALICE));
    assertThat(store.byId(ALICE, bobs.id())).isEmpty();
    assertThat(store.markRead(ALICE, bobs.id())).isFalse();
    assertThat(store.unreadCount(BOB)).isEqualTo(1);

    assertThat(store.markRead(BOB, bobs.id())).isTrue();
    assertThat(store.markRead(BOB, bobs.id())).isTrue();
    assertThat(store.unreadCount(BOB)).isZero();
    assertThat(store.byId(BOB, bobs.id()).orElseThrow().readAt()).contains(NOW);
    assertThat(store.unreadCount(ALICE)).isEqualTo(1);
    assertThat(store.markAllRead(ALICE)).isEqualTo(1);
    assertThat(store.unreadCount(ALICE)).isZero();
  }

  @Test
  void theLogFiltersByChannelStatusPageAndReadMark() {
    store.enqueue(List.of(everyChannel(ALICE, "AAPL", 0), everyChannel(ALICE, "MSFT", 1)));
    List<StoredNotification> claimed = store.claimDue(NOW, 10, LEASE);
    for (StoredNotification n : claimed) {
      if (n.channel() == DeliveryChannel.WEBHOOK) {
        store.markRetry(n, "HTTP 503 from the webhook", NOW.plusSeconds(2));
      } else {
        store.markSent(n, NOW);
      }
    }

    List<StoredNotification> all = store.forUser(ALICE, NotificationFilter.ALL, 10);
    assertThat(all).hasSize(6);
    assertThat(all).isSortedAccordingTo((a, b) -> Long.compare(b.id(), a.id()));
    assertThat(
            store.forUser(
                ALICE,
                new NotificationFilter(
                    Optional.of(DeliveryChannel.WEBHOOK),
                    Set.of(NotificationStatus.RETRYING),
                    Optional.empty(),
                    NotificationFilter.ReadState.ALL),
                10))
        .hasSize(2)
        .allSatisfy(n -> assertThat(n.lastError()).isEqualTo("HTTP 503 from the webhook"));
    assertThat(
            store.forUser(
                ALICE,
                new NotificationFilter(
                    Optional.empty(),
                    Set.of(),
                    Optional.of(all.get(2).id()),
                    NotificationFilter.ReadState.ALL),
                10))
        .extracting(StoredNotification::id)
        .containsExactly(all.get(3).id(), all.get(4).id(), all.get(5).id());
    store.markRead(ALICE, all.get(0).id());
    assertThat(
            store.forUser(
                ALICE,
                new NotificationFilter(
                    Optional.empty(),
                    Set.of(),
                    Optional.empty(),
                    NotificationFilter.ReadState.UNREAD),
                10))
        .hasSize(5);
  }

  @Test
  void preferencesAreTheDefaultsUntilSavedThenAsSaved() {
    assertThat(store.preferences(ALICE)).isEqualTo(NotificationPreferences.defaults(ALICE));
    NotificationPreferences mine =
        new NotificationPreferences(
            ALICE,
            EnumSet.of(DeliveryChannel.IN_APP, DeliveryChannel.WEBHOOK),
            Optional.of("https://example.com/hook"),
            Optional.of("{\"t\":\"{{ticker}}\"}"),
            Optional.of("s3cret"),
            Optional.of("alice@example.com"),
            Optional.of(LocalTime.of(22, 0)),
            Optional.of(LocalTime.of(7, 30)),
            20);

    store.savePreferences(mine);
    assertThat(store.preferences(ALICE)).isEqualTo(mine);
    NotificationPreferences rotated = mine.withWebhookSecret("other");
    store.savePreferences(rotated);

    assertThat(store.preferences(ALICE)).isEqualTo(rotated);
    assertThat(store.preferences(BOB)).isEqualTo(NotificationPreferences.defaults(BOB));
  }

  @Test
  void healthCountsPerChannelAndStatusAndAgesTheOldestUndelivered() {
    store.enqueue(List.of(everyChannel(ALICE, "AAPL", 0)));
    StoredNotification webhook =
        store.claimDue(NOW, 10, LEASE).stream()
            .filter(n -> n.channel() == DeliveryChannel.WEBHOOK)
            .findFirst()
            .orElseThrow();
    store.markSent(webhook, NOW);

    DeliveryHealth health = store.health(NOW.plusSeconds(90));

    assertThat(health.count(DeliveryChannel.WEBHOOK, NotificationStatus.SENT)).isEqualTo(1);
    assertThat(health.count(DeliveryChannel.EMAIL, NotificationStatus.SENDING)).isEqualTo(1);
    assertThat(health.oldestPendingAge()).contains(Duration.ofSeconds(90));
  }
}
