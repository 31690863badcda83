package io.breadthflow.app.config;

import io.breadthflow.app.UseCaseException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How notifications leave the server: the SMTP server e-mails go through, whether webhooks may
 * target private addresses, and how often a failed delivery is tried.
 *
 * <pre>
 * BF_SMTP_HOST, BF_SMTP_PORT (587), BF_SMTP_USER, BF_SMTP_PASSWORD, BF_SMTP_FROM,
 * BF_SMTP_TLS (none | starttls | ssl; starttls),
 * BF_WEBHOOK_ALLOW_PRIVATE (false), BF_NOTIFY_MAX_ATTEMPTS (5, 1 to 20)
 * </pre>
 *
 * @param smtp the SMTP server, empty when e-mail is off (e-mail notifications are then skipped)
 * @param privateTargets whether webhooks may go to loopback, private and link-local addresses
 * @param maxAttempts attempts per notification before it is dead
 * @param backoffBase the wait after the first failed attempt; it doubles after each
 * @param backoffCap the longest wait between attempts
 */
public record NotificationSettings(
    Optional<Smtp> smtp,
    PrivateTargets privateTargets,
    int maxAttempts,
    Duration backoffBase,
    Duration backoffCap) {

  /** Whether webhook URLs may resolve to non-public addresses. */
  public enum PrivateTargets {
    /** Only public addresses (the default): no SSRF into the server's own network. */
    REFUSED,
    /** Any address, for a deployment whose receivers live on its own network (and tests). */
    ALLOWED
  }

  /** How the SMTP connection is protected. */
  public enum SmtpTls {
    NONE,
    STARTTLS,
    SSL;

    static SmtpTls parse(String text) {
      try {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw UseCaseException.invalid(
            "BF_SMTP_TLS must be none, starttls or ssl, got '" + text + "'");
      }
    }
  }

  /**
   * An SMTP server.
   *
   * @param host its host
   * @param port its port, 1 to 65535
   * @param user the login, empty for none
   * @param password the password, empty for none
   * @param from the sender address of notification e-mails
   * @param tls how the connection is protected
   */
  public record Smtp(
      String host, int port, String user, String password, String from, SmtpTls tls) {
    public Smtp {
      if (host == null || host.isBlank()) {
        throw UseCaseException.invalid("BF_SMTP_HOST must name the SMTP server");
      }
      if (port < 1 || port > 65535) {
        throw UseCaseException.invalid("BF_SMTP_PORT must be 1 to 65535, got " + port);
      }
      user = Objects.requireNonNullElse(user, "");
      password = Objects.requireNonNullElse(password, "");
      if (from == null || !from.contains("@")) {
        throw UseCaseException.invalid("BF_SMTP_FROM must be an e-mail address");
      }
      Objects.requireNonNull(tls, "tls");
    }

    @Override
    public String toString() {
      return "Smtp[" + host + ":" + port + ", tls=" + tls + ", user=" + !user.isEmpty() + "]";
    }
  }

  public NotificationSettings {
    Objects.requireNonNull(smtp, "smtp");
    Objects.requireNonNull(privateTargets, "privateTargets");
    if (maxAttempts < 1 || maxAttempts > 20) {
      throw UseCaseException.invalid("BF_NOTIFY_MAX_ATTEMPTS must be 1 to 20, got " + maxAttempts);
    }
    if (backoffBase.isNegative() || backoffBase.isZero() || backoffCap.compareTo(backoffBase) < 0) {
      throw new IllegalArgumentException("backoff: base > 0 and cap >= base");
    }
  }

  /** No e-mail, public webhook targets only, 5 attempts 2 s apart doubling up to 10 minutes. */
  public static NotificationSettings defaults() {
    return new NotificationSettings(
        Optional.empty(), PrivateTargets.REFUSED, 5, Duration.ofSeconds(2), Duration.ofMinutes(10));
  }

  /** From {@code BF_*} values. */
  static NotificationSettings from(Map<String, String> values) {
    NotificationSettings d = defaults();
    Optional<Smtp> smtp =
        Optional.ofNullable(values.get("BF_SMTP_HOST"))
            .map(
                host ->
                    new Smtp(
                        host,
                        whole(values, "BF_SMTP_PORT", 587),
                        values.get("BF_SMTP_USER"),
                        values.get("BF_SMTP_PASSWORD"),
                        values.getOrDefault("BF_SMTP_FROM", "breadthflow@localhost"),
                        SmtpTls.parse(values.getOrDefault("BF_SMTP_TLS", "starttls"))));
    String allow = values.getOrDefault("BF_WEBHOOK_ALLOW_PRIVATE", "false").strip();
    PrivateTargets targets =
        switch (allow.toLowerCase(Locale.ROOT)) {
          case "true" -> PrivateTargets.ALLOWED;
          case "false" -> PrivateTargets.REFUSED;
          default ->
              throw UseCaseException.invalid(
                  "BF_WEBHOOK_ALLOW_PRIVATE must be true or false, got '" + allow + "'");
        };
    return new NotificationSettings(
        smtp,
        targets,
        whole(values, "BF_NOTIFY_MAX_ATTEMPTS", d.maxAttempts()),
        d.backoffBase(),
        d.backoffCap());
  }

  /** The wait before attempt {@code attempts + 1}, after {@code attempts} failed ones. */
  public Duration backoff(int attempts) {
    int doublings = Math.max(0, Math.min(attempts - 1, 30));
    Duration wait = backoffBase.multipliedBy(1L << doublings);
    return wait.compareTo(backoffCap) > 0 ? backoffCap : wait;
  }

  private static int whole(Map<String, String> values, String key, int fallback) {
    String text = values.get(key);
    if (text == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw UseCaseException.invalid(key + " must be a whole number, got '" + text + "'");
    }
  }
}
