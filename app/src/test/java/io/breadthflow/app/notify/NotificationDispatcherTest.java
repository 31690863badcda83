package io.breadthflow.app.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.breadthflow.app.config.NotificationSettings.PrivateTargets;
import io.breadthflow.app.json.Json;
import io.breadthflow.app.notify.channel.EmailSender;
import io.breadthflow.app.notify.support.DeliveryRig;
import io.breadthflow.app.notify.support.SettableClock;
import io.breadthflow.app.notify.support.WebhookReceiver;
import io.breadthflow.core.live.LiveEvent;
import io.breadthflow.core.notify.DeliveryChannel;
import io.breadthflow.core.rule.RuleFiring;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.MarketStores;
import io.breadthflow.store.NotificationFilter;
import io.breadthflow.store.NotificationStatus;
import io.breadthflow.store.NotificationStore;
import io.breadthflow.store.StoreConfig;
import io.breadthflow.store.StoredNotification;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The dispatcher over a DuckDB outbox, a local webhook receiver and GreenMail. */
class NotificationDispatcherTest {
  @RegisterExtension
  static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private static final long ALICE = 7;
  private static final Instant START = Instant.parse("2026-03-02T15:04:05Z");

  @TempDir Path dir;
  private final SettableClock clock = new SettableClock(START);
  private MarketStore market;
  private NotificationStore store;
  private WebhookReceiver receiver;
  private DeliveryRig rig;

  @BeforeEach
  void open() throws Exception {
    market =
        MarketStores.open(
            new StoreConfig("jdbc:duckdb:" + dir.resolve("bf.duckdb"), "", ""), clock);
    store = market.notifications();
    receiver = WebhookReceiver.start(DeliveryRig.SECRET);
    rig = new DeliveryRig(store, clock, MAIL.getSmtp().getPort());
    rig.user(ALICE, receiver.url(), ZoneOffset.UTC);
  }

  @AfterEach
  void close() {
    receiver.close();
    market.close();
  }

  private List<StoredNotification> all() {
    return store.forUser(ALICE, NotificationFilter.ALL, 100);
  }

  @Test
  void aFiringEnqueuedTwiceIsDeliveredOncePerChannel() throws Exception {
    RuleFiring firing = DeliveryRig.firing(ALICE, "AAPL", 0);
    store.enqueue(List.of(firing));
    store.enqueue(List.of(firing));

    DeliveryRig.drain(rig.dispatcher());
    DeliveryRig.drain(rig.dispatcher());

    assertThat(all())
        .hasSize(3)
        .allSatisfy(n -> assertThat(n.status()).isEqualTo(NotificationStatus.SENT));
    assertThat(rig.live).hasSize(1);
    LiveEvent event = rig.live.get(0);
    assertThat(event.channel()).isEqualTo(LiveEvent.NOTIFICATIONS);
    assertThat(event.symbol()).isEqualTo(LiveEvent.userKey(ALICE));
    assertThat(((NotificationView) event.data()).message()).isEqualTo(firing.message());
    assertThat(receiver.raw()).hasSize(1);
    WebhookReceiver.Request request = receiver.raw().get(0);
    assertThat(request.valid()).as("HMAC verified by the receiver").isTrue();
    assertThat(request.key()).isEqualTo(firing.key());
    assertThat(request.timestamp()).isEqualTo(Long.toString(START.getEpochSecond()));
    JsonNode body = Json.MAPPER.readTree(request.body());
    assertThat(body.get("ticker").asText()).isEqualTo("AAPL");
    assertThat(body.get("close").asDouble()).isEqualTo(181.5);
    assertThat(body.get("interval").asText()).isEqualTo("1m");
    assertThat(body.get("time").asText()).isEqualTo("2026-03-02T14:30:00Z");
    assertThat(body.get("message").asText()).isEqualTo(firing.message());
    MimeMessage[] mails = MAIL.getReceivedMessages();
    assertThat(mails).hasSize(1);
    MimeMessage mail = mails[0];
    assertThat(mail.getMessageID()).isEqualTo(EmailSender.messageId(firing.key()));
    assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("user7@example.com");
    assertThat(mail.getSubject()).isEqualTo("BreadthFlow AAPL: RSI below 30");
    MimeMultipart parts = (MimeMultipart) mail.getContent();
    assertThat(parts.getCount()).isEqualTo(2);
    assertThat(parts.getBodyPart(0).isMimeType("text/plain")).isTrue();
    assertThat((String) parts.getBodyPart(0).getContent()).contains(firing.message());
    assertThat(parts.getBodyPart(1).isMimeType("text/html")).isTrue();
    assertThat((String) parts.getBodyPart(1).getContent()).contains("<strong>" + firing.message());
  }

  @Test
  void aReceiverAnswering500IsRetriedWithBackoffThenDead() {
    receiver.answer(500);
    store.enqueue(List.of(DeliveryRig.firing(ALICE, "AAPL", 0, DeliveryChannel.WEBHOOK)));
    NotificationDispatcher dispatcher =
        rig.dispatcher(3, PrivateTargets.ALLOWED, Duration.ofSeconds(30));

    DeliveryRig.drain(dispatcher);
    StoredNotification first = all().get(0);
    assertThat(first.status()).isEqualTo(NotificationStatus.RETRYING);
    assertThat(first.lastError()).isEqualTo("HTTP 500 from the webhook");
    assertThat(first.nextAttemptAt()).isEqualTo(START.plusSeconds(2));

    clock.advance(Duration.ofSeconds(1));
    DeliveryRig.drain(dispatcher);
    assertThat(receiver.raw()).hasSize(1);
    clock.advance(Duration.ofSeconds(1));
    DeliveryRig.drain(dispatcher);
    assertThat(all().get(0).nextAttemptAt()).isEqualTo(START.plusSeconds(2 + 4));
    clock.advance(Duration.ofSeconds(4));
    DeliveryRig.drain(dispatcher);

    StoredNotification dead = all().get(0);
    assertThat(dead.status()).isEqualTo(NotificationStatus.DEAD);
    assertThat(dead.attempts()).isEqualTo(3);
    assertThat(dead.lastError()).isEqualTo("HTTP 500 from the webhook (gave up after 3 attempts)");
    assertThat(receiver.raw()).hasSize(3);
    clock.advance(Duration.ofHours(1));
    DeliveryRig.drain(dispatcher);
    assertThat(receiver.raw()).hasSize(3);
  }

  @Test
  void aChannelTurnedOffIsSkipped() {
    store.savePreferences(
        DeliveryRig.preferences(
            ALICE, receiver.url(), EnumSet.of(DeliveryChannel.IN_APP), Optional.empty(), 0));
    store.enqueue(List.of(DeliveryRig.firing(ALICE, "AAPL", 0)));

    DeliveryRig.drain(rig.dispatcher());

    assertThat(all())
        .extracting(StoredNotification::channel, StoredNotification::status)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(DeliveryChannel.IN_APP, NotificationStatus.SENT),
            org.assertj.core.groups.Tuple.tuple(
                DeliveryChannel.WEBHOOK, NotificationStatus.SKIPPED),
            org.assertj.core.groups.Tuple.tuple(DeliveryChannel.EMAIL, NotificationStatus.SKIPPED));
    assertThat(receiver.raw()).isEmpty();
    assertThat(MAIL.getReceivedMessages()).isEmpty();
  }

  @Test
  void quietHoursInTheUsersZonePostponeDeliveryToTheirEnd() {
    ZoneId newYork = ZoneId.of("America/New_York");
    rig.user(ALICE, receiver.url(), newYork);
    store.savePreferences(
        DeliveryRig.preferences(
            ALICE,
            receiver.url(),
            EnumSet.of(DeliveryChannel.WEBHOOK),
            Optional.of(new LocalTime[] {LocalTime.of(22, 0), LocalTime.of(7, 0)}),
            0));
    Instant lateEvening = Instant.parse("2026-03-03T04:30:00Z"); // 23:30 in New York
    clock.set(lateEvening);
    store.enqueue(List.of(DeliveryRig.firing(ALICE, "AAPL", 0, DeliveryChannel.WEBHOOK)));
    NotificationDispatcher dispatcher = rig.dispatcher();

    DeliveryRig.drain(dispatcher);

    Instant morning = Instant.parse("2026-03-03T12:00:00Z"); // 07:00 in New York
    StoredNotification waiting = all().get(0);
    assertThat(waiting.status()).isEqualTo(NotificationStatus.PENDING);
    assertThat(waiting.attempts()).isZero();
    assertThat(waiting.nextAttemptAt()).isEqualTo(morning);
    assertThat(receiver.raw()).isEmpty();
    clock.set(morning);
    DeliveryRig.drain(dispatcher);
    assertThat(all().get(0).status()).isEqualTo(NotificationStatus.SENT);
    assertThat(receiver.raw()).hasSize(1);
  }

  @Test
  void beyondTheHourlyLimitNotificationsAreDigestedAndOneDigestIsSentAtTheHoursEnd()
      throws Exception {
    store.savePreferences(
        DeliveryRig.preferences(
            ALICE, receiver.url(), EnumSet.of(DeliveryChannel.WEBHOOK), Optional.empty(), 2));
    for (int bar = 0; bar < 5; bar++) {
      store.enqueue(List.of(DeliveryRig.firing(ALICE, "S" + bar, bar, DeliveryChannel.WEBHOOK)));
    }
    NotificationDispatcher dispatcher = rig.dispatcher();

    DeliveryRig.drain(dispatcher);

    assertThat(all())
        .extracting(StoredNotification::status)
        .containsExactlyInAnyOrder(
            NotificationStatus.SENT,
            NotificationStatus.SENT,
            NotificationStatus.DIGESTED,
            NotificationStatus.DIGESTED,
            NotificationStatus.DIGESTED,
            NotificationStatus.PENDING);
    assertThat(receiver.raw()).hasSize(2);
    clock.set(Instant.parse("2026-03-02T16:00:00Z"));
    DeliveryRig.drain(dispatcher);

    assertThat(receiver.raw()).hasSize(3);
    JsonNode digest = Json.MAPPER.readTree(receiver.raw().get(2).body());
    assertThat(digest.get("rule").asText()).isEqualTo("Digest");
    assertThat(digest.get("message").asText())
        .startsWith("3 notifications held back by your hourly limit (15:00-16:00 UTC): ")
        .contains("S2 RSI", "S3 RSI", "S4 RSI");
    assertThat(receiver.raw().get(2).valid()).isTrue();
  }

  @Test
  void aDispatcherThatDiedAfterClaimingIsRelievedWhenItsLeaseEnds() {
    store.enqueue(List.of(DeliveryRig.firing(ALICE, "AAPL", 0)));
    List<StoredNotification> orphaned = store.claimDue(START, 100, Duration.ofSeconds(30));
    assertThat(orphaned).hasSize(3);
    NotificationDispatcher survivor = rig.dispatcher();

    DeliveryRig.drain(survivor);
    assertThat(receiver.raw()).isEmpty();
    clock.advance(Duration.ofSeconds(31));
    DeliveryRig.drain(survivor);

    assertThat(all()).allSatisfy(n -> assertThat(n.status()).isEqualTo(NotificationStatus.SENT));
    assertThat(receiver.raw()).hasSize(1);
    assertThat(receiver.delivered()).hasSize(1);
    assertThat(MAIL.getReceivedMessages()).hasSize(1);
    assertThat(rig.live).hasSize(1);
    assertThat(store.markSent(orphaned.get(0), clock.instant())).isFalse();
  }

  @Test
  void aRepeatAfterACrashBetweenSendingAndRecordingIsDroppedByTheIdempotencyKey() throws Exception {
    store.enqueue(List.of(DeliveryRig.firing(ALICE, "AAPL", 0, DeliveryChannel.WEBHOOK)));
    StoredNotification claimed = store.claimDue(START, 100, Duration.ofSeconds(30)).get(0);
    new io.breadthflow.app.notify.channel.WebhookSender(
            new io.breadthflow.app.notify.channel.WebhookTargets(PrivateTargets.ALLOWED),
            clock,
            Duration.ofSeconds(5))
        .send(
            new io.breadthflow.app.notify.channel.Outgoing(
                claimed,
                claimed.firing().message(),
                store.preferences(ALICE),
                Optional.empty(),
                ZoneOffset.UTC));
    // the sender dies here, before recording the delivery

    clock.advance(Duration.ofSeconds(31));
    DeliveryRig.drain(rig.dispatcher());

    assertThat(receiver.raw()).hasSize(2);
    assertThat(receiver.raw().get(0).key()).isEqualTo(receiver.raw().get(1).key());
    assertThat(receiver.delivered()).hasSize(1);
    assertThat(all().get(0).status()).isEqualTo(NotificationStatus.SENT);
  }

  @Test
  void aWebhookToAPrivateAddressIsRefusedBeforeSendingWhenTheOperatorForbidsIt() {
    store.enqueue(List.of(DeliveryRig.firing(ALICE, "AAPL", 0, DeliveryChannel.WEBHOOK)));

    DeliveryRig.drain(rig.dispatcher(5, PrivateTargets.REFUSED, Duration.ofSeconds(30)));

    StoredNotification refused = all().get(0);
    assertThat(refused.status()).isEqualTo(NotificationStatus.DEAD);
    assertThat(refused.lastError()).contains("private, loopback or link-local");
    assertThat(receiver.raw()).isEmpty();
  }

  @Test
  void aSenderThatThrowsIsRetriedAndTheRestOfTheBatchIsDelivered() {
    store.enqueue(
        List.of(
            DeliveryRig.firing(ALICE, "AAPL", 0, DeliveryChannel.EMAIL, DeliveryChannel.WEBHOOK)));
    io.breadthflow.app.notify.channel.Sender broken =
        outgoing -> {
          throw new IllegalStateException("a bug");
        };
    NotificationDispatcher dispatcher =
        new NotificationDispatcher(
            store,
            userId ->
                Optional.of(
                    new io.breadthflow.store.UserProfile(
                        userId, "a", Optional.empty(), ZoneOffset.UTC)),
            java.util.Map.of(
                DeliveryChannel.IN_APP, broken,
                DeliveryChannel.EMAIL, broken,
                DeliveryChannel.WEBHOOK,
                    new io.breadthflow.app.notify.channel.WebhookSender(
                        new io.breadthflow.app.notify.channel.WebhookTargets(
                            PrivateTargets.ALLOWED),
                        clock,
                        Duration.ofSeconds(5))),
            rig.settings(5),
            DispatchTuning.defaults(),
            clock);

    DeliveryRig.drain(dispatcher);

    assertThat(all())
        .extracting(
            StoredNotification::channel, StoredNotification::status, StoredNotification::lastError)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                DeliveryChannel.WEBHOOK, NotificationStatus.SENT, ""),
            org.assertj.core.groups.Tuple.tuple(
                DeliveryChannel.EMAIL,
                NotificationStatus.RETRYING,
                "the notification could not be prepared"));
    assertThat(receiver.raw()).hasSize(1);
  }
}
