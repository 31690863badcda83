package io.breadthflow.app.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.breadthflow.app.Application;
import io.breadthflow.app.config.Configuration;
import io.breadthflow.app.json.Json;
import io.breadthflow.app.notify.support.DeliveryRig;
import io.breadthflow.app.notify.support.WebhookReceiver;
import io.breadthflow.core.live.LiveEvent;
import io.breadthflow.core.rule.RuleFiring;
import io.breadthflow.store.PostgresTestDatabase;
import io.breadthflow.store.Role;
import io.breadthflow.store.StoreConfig;
import io.breadthflow.store.UserAccount;
import io.breadthflow.store.UserProfile;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The application as the server and the demo use it: configured from {@code BF_*} values, a user
 * with a profile and preferences, a rule firing enqueued, and {@link
 * Application#startNotifications} delivers it once on each channel.
 */
class ApplicationNotificationsTest {
  @RegisterExtension
  static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void aFiringReachesTheUserInTheAppByWebhookAndByEmailOnce(String engine) throws Exception {
    PostgresTestDatabase postgres = engine.equals("postgresql") ? new PostgresTestDatabase() : null;
    StoreConfig store =
        postgres != null
            ? postgres.create()
            : new StoreConfig("jdbc:duckdb:" + dir.resolve("bf.duckdb"), "", "");
    Map<String, String> values = new HashMap<>();
    values.put("BF_STORE_URL", store.url());
    values.put("BF_STORE_USER", store.user());
    values.put("BF_STORE_PASSWORD", store.password());
    values.put("BF_SMTP_HOST", "127.0.0.1");
    values.put("BF_SMTP_PORT", Integer.toString(MAIL.getSmtp().getPort()));
    values.put("BF_SMTP_TLS", "none");
    values.put("BF_SMTP_FROM", "alerts@breadthflow.test");
    values.put("BF_WEBHOOK_ALLOW_PRIVATE", "true");
    List<LiveEvent> live = new CopyOnWriteArrayList<>();
    try (Application application = Application.open(Configuration.of(values), Clock.systemUTC())) {
      UserAccount alice = application.store().users().create("alice", "x", Role.USER);
      application
          .store()
          .profiles()
          .save(
              new UserProfile(
                  alice.id(), "Alice", Optional.of("alice@example.com"), ZoneId.of("UTC")));
      NotificationService notifications = application.notifications();
      WebhookSecret secret = notifications.rotateWebhookSecret(alice.id());
      try (WebhookReceiver receiver = WebhookReceiver.start(secret.secret())) {
        notifications.updatePreferences(
            alice.id(),
            PreferencesRequest.fromJson(
                Json.MAPPER.readTree("{\"webhook_url\":\"" + receiver.url() + "\"}")));
        RuleFiring firing = DeliveryRig.firing(alice.id(), "AAPL", 0);
        application.store().notifications().enqueue(List.of(firing));
        application.store().notifications().enqueue(List.of(firing));

        NotificationDispatcher dispatcher =
            application.startNotifications(
                live::add, new DispatchTuning(Duration.ofMillis(50), 100, Duration.ofSeconds(30)));

        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () ->
                    notifications
                        .history(alice.id(), HistoryRequest.newest())
                        .get(0)
                        .deliveries()
                        .stream()
                        .allMatch(d -> d.status().equals("SENT")));
        dispatcher.close();
        assertThat(receiver.raw()).hasSize(1);
        assertThat(receiver.raw().get(0).valid()).isTrue();
        assertThat(MAIL.getReceivedMessages()).hasSize(1);
        assertThat(MAIL.getReceivedMessages()[0].getAllRecipients()[0].toString())
            .isEqualTo("alice@example.com");
        assertThat(live).hasSize(1);
        assertThat(live.get(0).symbol()).isEqualTo(LiveEvent.userKey(alice.id()));
        assertThat(notifications.unreadCount(alice.id())).isEqualTo(1);
      }
    } finally {
      if (postgres != null) {
        postgres.drop();
      }
    }
  }
}
