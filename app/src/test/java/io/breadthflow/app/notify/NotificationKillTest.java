package io.breadthflow.app.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.breadthflow.app.notify.support.DeliveryRig;
import io.breadthflow.app.notify.support.DispatcherChild;
import io.breadthflow.app.notify.support.WebhookReceiver;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.MarketStores;
import io.breadthflow.store.NotificationFilter;
import io.breadthflow.store.NotificationStatus;
import io.breadthflow.store.PostgresTestDatabase;
import io.breadthflow.store.StoreConfig;
import io.breadthflow.store.StoredNotification;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exactly once across a crash: a child JVM records rule firings and starts delivering them, and is
 * killed ({@code destroyForcibly}) while its first webhook is in flight, the rest claimed but not
 * sent. A dispatcher started afterwards delivers every notification, and the webhook receiver and
 * the SMTP server each get every firing once (the in-flight webhook arrives twice with one
 * Idempotency-Key, the receiver keeps it once).
 */
class NotificationKillTest {
  @RegisterExtension
  static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private static final int FIRINGS = 5;
  private static final long LEASE_SECONDS = 2;

  @TempDir Path dir;

  @Test
  void aDispatcherKilledBetweenFiringAndSendingLosesAndRepeatsNothingOnDuckDb() throws Exception {
    killAndRecover(new StoreConfig("jdbc:duckdb:" + dir.resolve("bf.duckdb"), "", ""));
  }

  @Test
  void aDispatcherKilledBetweenFiringAndSendingLosesAndRepeatsNothingOnPostgres() throws Exception {
    PostgresTestDatabase database = new PostgresTestDatabase();
    StoreConfig config = database.create();
    try {
      killAndRecover(config);
    } finally {
      database.drop();
    }
  }

  private void killAndRecover(StoreConfig config) throws Exception {
    try (WebhookReceiver receiver = WebhookReceiver.start(DeliveryRig.SECRET)) {
      receiver.holdNext();
      Process child = startChild(config, receiver.url());
      try {
        BufferedReader out =
            new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line;
        do {
          line = out.readLine();
        } while (line != null && !line.startsWith("ENQUEUED"));
        assertThat(line).as("the child's report").isEqualTo("ENQUEUED " + FIRINGS);
        assertThat(receiver.awaitHeld(60)).as("the child's first webhook arrives").isTrue();
      } finally {
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        receiver.release();
      }
      assertThat(MAIL.getReceivedMessages()).isEmpty();

      try (MarketStore market = MarketStores.open(config, Clock.systemUTC())) {
        DeliveryRig rig =
            new DeliveryRig(market.notifications(), Clock.systemUTC(), MAIL.getSmtp().getPort());
        rig.user(DispatcherChild.USER, receiver.url(), ZoneOffset.UTC);
        try (NotificationDispatcher dispatcher = rig.dispatcher().start()) {
          await()
              .atMost(Duration.ofSeconds(60))
              .until(
                  () ->
                      market
                          .notifications()
                          .forUser(DispatcherChild.USER, NotificationFilter.ALL, 100)
                          .stream()
                          .allMatch(n -> n.status() == NotificationStatus.SENT));
        }
        List<StoredNotification> all =
            market.notifications().forUser(DispatcherChild.USER, NotificationFilter.ALL, 100);
        assertThat(all).hasSize(3 * FIRINGS);
      }

      assertThat(receiver.delivered()).hasSize(FIRINGS);
      assertThat(receiver.raw()).as("the in-flight webhook, repeated").hasSize(FIRINGS + 1);
      assertThat(receiver.raw()).allSatisfy(request -> assertThat(request.valid()).isTrue());
      Set<String> keys =
          receiver.raw().stream().map(WebhookReceiver.Request::key).collect(Collectors.toSet());
      assertThat(keys).hasSize(FIRINGS);
      MimeMessage[] mails = MAIL.getReceivedMessages();
      assertThat(mails).hasSize(FIRINGS);
      Set<String> ids = new HashSet<>();
      for (MimeMessage mail : mails) {
        ids.add(mail.getMessageID());
      }
      assertThat(ids).hasSize(FIRINGS);
    }
  }

  private Process startChild(StoreConfig config, String webhookUrl) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        Arrays.asList(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            DispatcherChild.class.getName(),
            config.url(),
            config.user(),
            config.password(),
            webhookUrl,
            Integer.toString(MAIL.getSmtp().getPort()),
            Integer.toString(FIRINGS),
            Long.toString(LEASE_SECONDS));
    return new ProcessBuilder(command).redirectError(dir.resolve("child.err").toFile()).start();
  }
}
