package io.breadthflow.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.config.NotificationSettings.PrivateTargets;
import io.breadthflow.app.config.NotificationSettings.SmtpTls;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NotificationSettingsTest {
  @Test
  void withoutSettingsEmailIsOffPrivateTargetsAreRefusedAndFiveAttemptsAreMade() {
    NotificationSettings settings = Configuration.of(Map.of()).notifications();

    assertThat(settings.smtp()).isEmpty();
    assertThat(settings.privateTargets()).isEqualTo(PrivateTargets.REFUSED);
    assertThat(settings.maxAttempts()).isEqualTo(5);
  }

  @Test
  void bfSmtpSettingsNameTheServer() {
    NotificationSettings settings =
        Configuration.of(
                Map.of(
                    "BF_SMTP_HOST", "smtp.example.com",
                    "BF_SMTP_PORT", "465",
                    "BF_SMTP_USER", "bf",
                    "BF_SMTP_PASSWORD", "pw",
                    "BF_SMTP_FROM", "alerts@example.com",
                    "BF_SMTP_TLS", "ssl",
                    "BF_WEBHOOK_ALLOW_PRIVATE", "true",
                    "BF_NOTIFY_MAX_ATTEMPTS", "8"))
            .notifications();

    NotificationSettings.Smtp smtp = settings.smtp().orElseThrow();
    assertThat(smtp.host()).isEqualTo("smtp.example.com");
    assertThat(smtp.port()).isEqualTo(465);
    assertThat(smtp.tls()).isEqualTo(SmtpTls.SSL);
    assertThat(smtp.toString()).doesNotContain("pw");
    assertThat(settings.privateTargets()).isEqualTo(PrivateTargets.ALLOWED);
    assertThat(settings.maxAttempts()).isEqualTo(8);
    assertThat(Configuration.keys()).contains("BF_SMTP_HOST", "BF_WEBHOOK_ALLOW_PRIVATE");
  }

  @Test
  void badValuesAreRefusedOnOneLine() {
    assertThatThrownBy(
            () ->
                Configuration.of(Map.of("BF_SMTP_HOST", "h", "BF_SMTP_TLS", "tls")).notifications())
        .isInstanceOf(UseCaseException.class)
        .hasMessage("BF_SMTP_TLS must be none, starttls or ssl, got 'tls'");
    assertThatThrownBy(
            () ->
                Configuration.of(Map.of("BF_SMTP_HOST", "h", "BF_SMTP_PORT", "0")).notifications())
        .isInstanceOf(UseCaseException.class);
    assertThatThrownBy(
            () -> Configuration.of(Map.of("BF_WEBHOOK_ALLOW_PRIVATE", "yes")).notifications())
        .isInstanceOf(UseCaseException.class);
    assertThatThrownBy(
            () -> Configuration.of(Map.of("BF_NOTIFY_MAX_ATTEMPTS", "0")).notifications())
        .isInstanceOf(UseCaseException.class);
  }

  @Test
  void theBackoffDoublesFromTwoSecondsUpToTenMinutes() {
    NotificationSettings settings = NotificationSettings.defaults();

    assertThat(settings.backoff(1)).isEqualTo(Duration.ofSeconds(2));
    assertThat(settings.backoff(2)).isEqualTo(Duration.ofSeconds(4));
    assertThat(settings.backoff(4)).isEqualTo(Duration.ofSeconds(16));
    assertThat(settings.backoff(12)).isEqualTo(Duration.ofMinutes(10));
  }
}
