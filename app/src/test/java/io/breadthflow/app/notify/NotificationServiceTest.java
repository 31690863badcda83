package io.breadthflow.app.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.breadthflow.app.Failure;
import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.config.NotificationSettings.PrivateTargets;
import io.breadthflow.app.json.Json;
import io.breadthflow.app.notify.channel.MessageTemplate;
import io.breadthflow.app.notify.channel.WebhookTargets;
import io.breadthflow.app.notify.support.DeliveryRig;
import io.breadthflow.app.notify.support.SettableClock;
import io.breadthflow.core.notify.DeliveryChannel;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.MarketStores;
import io.breadthflow.store.NotificationFilter.ReadState;
import io.breadthflow.store.NotificationStatus;
import io.breadthflow.store.NotificationStore;
import io.breadthflow.store.StoreConfig;
import io.breadthflow.store.StoredNotification;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotificationServiceTest {
  private static final long ALICE = 7;
  private static final long BOB = 8;
  private static final Instant NOW = Instant.parse("2026-03-02T15:04:05Z");

  @TempDir Path dir;
  private final SettableClock clock = new SettableClock(NOW);
  private MarketStore market;
  private NotificationStore store;
  private NotificationService service;

  @BeforeEach
  void open() {
    market =
        MarketStores.open(
            new StoreConfig("jdbc:duckdb:" + dir.resolve("bf.duckdb"), "", ""), clock);
    store = market.notifications();
    WebhookTargets targets =
        new WebhookTargets(
            PrivateTargets.REFUSED,
            host ->
                host.equals("hooks.example.com")
                    ? new InetAddress[] {InetAddress.getByName("93.184.216.34")}
                    : InetAddress.getAllByName(host));
    service = new NotificationService(store, targets, clock);
    store.enqueue(
        List.of(DeliveryRig.firing(ALICE, "AAPL", 0), DeliveryRig.firing(BOB, "MSFT", 0)));
    for (StoredNotification n : store.claimDue(NOW, 100, Duration.ofSeconds(30))) {
      if (n.channel() == DeliveryChannel.EMAIL) {
        store.markRetry(n, "the SMTP server could not be reached", NOW.plusSeconds(2));
      } else {
        store.markSent(n, NOW);
      }
    }
  }

  @AfterEach
  void close() {
    market.close();
  }

  private long bobsInApp() {
    return service.list(BOB, ListRequest.newest()).get(0).id();
  }

  @Test
  void theCentreListsTheUsersDeliveredInAppNotificationsAndCountsUnread() {
    List<NotificationView> mine = service.list(ALICE, ListRequest.newest());

    assertThat(mine).hasSize(1);
    assertThat(mine.get(0).channel()).isEqualTo("in_app");
    assertThat(mine.get(0).symbol()).isEqualTo("AAPL");
    assertThat(service.unreadCount(ALICE)).isEqualTo(1);
    service.markRead(ALICE, mine.get(0).id());
    assertThat(service.unreadCount(ALICE)).isZero();
    assertThat(service.list(ALICE, new ListRequest(50, Optional.empty(), ReadState.UNREAD)))
        .isEmpty();
  }

  @Test
  void theHistoryGroupsEachFiringsChannelsWithStatusAttemptsAndError() {
    List<FiringHistory> history = service.history(ALICE, HistoryRequest.newest());

    assertThat(history).hasSize(1);
    FiringHistory firing = history.get(0);
    assertThat(firing.symbol()).isEqualTo("AAPL");
    assertThat(firing.deliveries())
        .extracting(FiringHistory.Delivery::channel)
        .containsExactly("in_app", "webhook", "email");
    FiringHistory.Delivery email = firing.deliveries().get(2);
    assertThat(email.status()).isEqualTo("RETRYING");
    assertThat(email.attempts()).isEqualTo(1);
    assertThat(email.lastError()).isEqualTo("the SMTP server could not be reached");
    assertThat(
            service.history(
                ALICE,
                new HistoryRequest(
                    100, Optional.empty(), Optional.empty(), Set.of(NotificationStatus.SENT))))
        .singleElement()
        .satisfies(f -> assertThat(f.deliveries()).hasSize(2));
  }

  @Test
  void anotherUsersNotificationIsNotFoundAndUntouched() {
    long bobs = bobsInApp();

    assertThatThrownBy(() -> service.markRead(ALICE, bobs))
        .isInstanceOf(UseCaseException.class)
        .extracting(e -> ((UseCaseException) e).failure())
        .isEqualTo(Failure.NOT_FOUND);
    assertThatThrownBy(() -> service.get(ALICE, bobs))
        .isInstanceOf(UseCaseException.class)
        .hasMessage("no notification with id " + bobs);
    assertThat(service.unreadCount(BOB)).isEqualTo(1);
    assertThat(service.history(ALICE, HistoryRequest.newest()))
        .allSatisfy(f -> assertThat(f.symbol()).isEqualTo("AAPL"));
    assertThat(service.get(BOB, bobs).symbol()).isEqualTo("MSFT");
  }

  @Test
  void preferencesAreSavedAsRequestedAndShowNoSecret() throws Exception {
    JsonNode body =
        Json.MAPPER.readTree(
            "{\"channels\":{\"email\":false},\"webhook_url\":\"https://hooks.example.com/tv\","
                + "\"webhook_template\":\"{\\\"t\\\":\\\"{{ticker}}\\\"}\","
                + "\"email\":\"alice@example.com\","
                + "\"quiet_hours\":{\"from\":\"22:00\",\"to\":\"07:00\"},\"max_per_hour\":20}");

    PreferencesView saved = service.updatePreferences(ALICE, PreferencesRequest.fromJson(body));

    assertThat(saved.channels()).containsEntry("in_app", true).containsEntry("email", false);
    assertThat(saved.webhookUrl()).isEqualTo("https://hooks.example.com/tv");
    assertThat(saved.webhookTemplate()).isEqualTo("{\"t\":\"{{ticker}}\"}");
    assertThat(saved.webhookSecretSet()).isTrue();
    assertThat(saved.quietHours())
        .isEqualTo(new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0)));
    assertThat(saved.maxPerHour()).isEqualTo(20);
    assertThat(service.preferences(ALICE)).isEqualTo(saved);
    assertThat(Json.MAPPER.writeValueAsString(saved))
        .doesNotContain(store.preferences(ALICE).webhookSecret().orElseThrow());
    assertThat(service.preferences(BOB).webhookUrl()).isNull();
    assertThat(service.preferences(BOB).webhookTemplate()).isEqualTo(MessageTemplate.DEFAULT_TEXT);
  }

  @Test
  void aRotatedSecretIsReturnedOnceAndSignsFromThenOn() {
    WebhookSecret first = service.rotateWebhookSecret(ALICE);
    WebhookSecret second = service.rotateWebhookSecret(ALICE);

    assertThat(first.secret()).hasSize(64).isNotEqualTo(second.secret());
    assertThat(store.preferences(ALICE).webhookSecret()).contains(second.secret());
    assertThat(first.toString()).doesNotContain(first.secret());
    assertThat(store.preferences(BOB).webhookSecret()).isEmpty();
  }

  @Test
  void aWebhookUrlToAPrivateAddressIsRefusedWhenSaved() {
    for (String url :
        List.of(
            "http://127.0.0.1/hook",
            "http://10.0.0.8/hook",
            "http://169.254.169.254/latest",
            "http://[::1]/hook",
            "http://[fc00::1]/hook")) {
      PreferencesRequest request =
          new PreferencesRequest(
              Set.of(DeliveryChannel.WEBHOOK),
              Optional.of(url),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              0);
      assertThatThrownBy(() -> service.updatePreferences(ALICE, request))
          .isInstanceOf(UseCaseException.class)
          .hasMessageContaining("private, loopback or link-local");
    }
    assertThat(store.preferences(ALICE).webhookUrl()).isEmpty();
  }

  @Test
  void healthCountsChannelsAndStatusesWithoutContents() throws Exception {
    clock.advance(Duration.ofSeconds(45));

    HealthView health = service.health();

    assertThat(health.counts())
        .contains(
            new HealthView.Count("in_app", "SENT", 2),
            new HealthView.Count("email", "RETRYING", 2));
    assertThat(health.oldestPendingSeconds()).isEqualTo(45);
    assertThat(Json.MAPPER.writeValueAsString(health)).doesNotContain("AAPL", "RSI", "example");
  }
}
