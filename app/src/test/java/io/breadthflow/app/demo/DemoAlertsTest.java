package io.breadthflow.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.app.config.NotificationSettings.PrivateTargets;
import io.breadthflow.app.notify.NotificationService;
import io.breadthflow.app.notify.channel.WebhookTargets;
import io.breadthflow.app.rules.RuleService;
import io.breadthflow.app.users.ProfileService;
import io.breadthflow.app.watchlists.WatchlistService;
import io.breadthflow.core.notify.DeliveryChannel;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.MarketStores;
import io.breadthflow.store.Role;
import io.breadthflow.store.StoreConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoAlertsTest {
  private static final List<String> SYMBOLS =
      List.of("AAPL", "MSFT", "NVDA", "AMZN", "META", "TSLA");

  @TempDir Path dir;
  private MarketStore store;
  private DemoAlerts alerts;
  private NotificationService notifications;
  private long user;

  @BeforeEach
  void open() {
    Clock clock = Clock.systemUTC();
    store =
        MarketStores.open(
            new StoreConfig("jdbc:duckdb:" + dir.resolve("demo.duckdb"), "", ""), clock);
    notifications =
        new NotificationService(
            store.notifications(), new WebhookTargets(PrivateTargets.ALLOWED), clock);
    alerts =
        new DemoAlerts(
            new ProfileService(store.profiles()),
            new WatchlistService(store),
            new RuleService(store, clock),
            notifications);
    user = store.users().create("demo", "x", Role.ADMIN).id();
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void theDemoUserGetsAListARuleOnEveryChannelAndTheWebhookAndAddress() {
    DemoAlerts.Setup setup =
        alerts.prepare(user, SYMBOLS, "http://127.0.0.1:9999/hook", "demo@breadthflow.example");

    assertThat(setup.watchlist().symbols()).containsExactly("AAPL", "MSFT", "NVDA", "AMZN", "META");
    assertThat(setup.rule().target().value()).isEqualTo("AAPL");
    assertThat(setup.rule().channels())
        .containsExactlyInAnyOrder(
            DeliveryChannel.IN_APP, DeliveryChannel.WEBHOOK, DeliveryChannel.EMAIL);
    assertThat(notifications.preferences(user).webhookUrl())
        .isEqualTo("http://127.0.0.1:9999/hook");
    assertThat(setup.webhookSecret().secret()).matches("[0-9a-f]{64}");
    assertThat(notifications.preferences(user).webhookSecretSet()).isTrue();
    assertThat(store.profiles().profile(user).orElseThrow().email())
        .hasValue("demo@breadthflow.example");
  }

  @Test
  void preparingAgainReusesTheListAndReplacesTheRule() {
    DemoAlerts.Setup first =
        alerts.prepare(user, SYMBOLS, "http://127.0.0.1:9999/hook", "d@b.example");

    DemoAlerts.Setup second =
        alerts.prepare(user, SYMBOLS, "http://127.0.0.1:9998/hook", "d@b.example");

    assertThat(second.watchlist().id()).isEqualTo(first.watchlist().id());
    assertThat(store.watchlists().listsOf(user)).hasSize(1);
    assertThat(store.rules().list(user))
        .extracting(r -> r.id())
        .containsExactly(second.rule().id());
  }
}
