package io.breadthflow.app.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.app.config.NotificationSettings.Smtp;
import io.breadthflow.app.config.NotificationSettings.SmtpTls;
import io.breadthflow.app.notify.channel.EmailSender;
import io.breadthflow.app.notify.channel.Outcome;
import io.breadthflow.app.notify.channel.Outgoing;
import io.breadthflow.app.notify.support.DeliveryRig;
import io.breadthflow.core.notify.DeliveryChannel;
import io.breadthflow.core.rule.RuleFiring;
import io.breadthflow.store.NotificationPreferences;
import io.breadthflow.store.NotificationStatus;
import io.breadthflow.store.StoredNotification;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LocalSmtpServerTest {
  @Test
  void theDemosSmtpServerReceivesANotificationEmail() {
    try (LocalSmtpServer smtp = LocalSmtpServer.start(0)) {
      EmailSender sender =
          new EmailSender(
              Optional.of(new Smtp("127.0.0.1", smtp.port(), "", "", "bf@demo.test", SmtpTls.NONE)),
              Clock.systemUTC(),
              Duration.ofSeconds(5));
      RuleFiring firing = DeliveryRig.firing(7, "AAPL", 0, DeliveryChannel.EMAIL);
      StoredNotification n =
          new StoredNotification(
              1,
              firing.key(),
              firing,
              DeliveryChannel.EMAIL,
              NotificationStatus.SENDING,
              1,
              Instant.now(),
              Instant.now(),
              Optional.of(Instant.now()),
              Optional.empty(),
              Optional.empty(),
              "");

      Outcome outcome =
          sender.send(
              new Outgoing(
                  n,
                  firing.message(),
                  NotificationPreferences.defaults(7),
                  Optional.of("alice@example.com"),
                  ZoneOffset.UTC));

      assertThat(outcome).isEqualTo(Outcome.sent());
      assertThat(smtp.mails())
          .singleElement()
          .satisfies(
              mail -> {
                assertThat(mail.recipients()).containsExactly("alice@example.com");
                assertThat(mail.messageId()).isEqualTo(EmailSender.messageId(firing.key()));
                assertThat(mail.subject()).isEqualTo("BreadthFlow AAPL: RSI below 30");
                assertThat(mail.data()).contains("text/plain", "text/html");
              });
    }
  }
}
