package io.breadthflow.store;

import io.breadthflow.core.notify.DeliveryChannel;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How a user wants to be notified. Checked by the application before it is saved (URL, template,
 * ranges); the store keeps it as given.
 *
 * @param userId the user
 * @param enabled the channels the user accepts; a notification for another is skipped
 * @param webhookUrl where webhooks go
 * @param webhookTemplate the webhook body with {@code {{placeholders}}}, empty for the default
 * @param webhookSecret the key that signs webhook bodies (HMAC-SHA256), never shown after creation
 * @param emailOverride where e-mails go instead of the profile's address
 * @param quietFrom start of quiet hours in the user's zone, with {@code quietTo}
 * @param quietTo end of quiet hours (exclusive; before {@code quietFrom} spans midnight)
 * @param maxPerHour notifications per channel and clock hour before the rest go into a digest, 0
 *     for no limit
 */
public record NotificationPreferences(
    long userId,
    Set<DeliveryChannel> enabled,
    Optional<String> webhookUrl,
    Optional<String> webhookTemplate,
    Optional<String> webhookSecret,
    Optional<String> emailOverride,
    Optional<LocalTime> quietFrom,
    Optional<LocalTime> quietTo,
    int maxPerHour) {

  public NotificationPreferences {
    enabled = enabled.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(enabled));
    Objects.requireNonNull(webhookUrl, "webhookUrl");
    Objects.requireNonNull(webhookTemplate, "webhookTemplate");
    Objects.requireNonNull(webhookSecret, "webhookSecret");
    Objects.requireNonNull(emailOverride, "emailOverride");
    Objects.requireNonNull(quietFrom, "quietFrom");
    Objects.requireNonNull(quietTo, "quietTo");
    if (quietFrom.isPresent() != quietTo.isPresent()) {
      throw new IllegalArgumentException("quiet hours need both a start and an end");
    }
    if (maxPerHour < 0) {
      throw new IllegalArgumentException("maxPerHour must be 0 (no limit) or more");
    }
  }

  /** What a user who has set nothing gets: every channel, no webhook, no quiet hours, no limit. */
  public static NotificationPreferences defaults(long userId) {
    return new NotificationPreferences(
        userId,
        EnumSet.allOf(DeliveryChannel.class),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        0);
  }

  /** The same with {@code secret} as the webhook secret. */
  public NotificationPreferences withWebhookSecret(String secret) {
    return new NotificationPreferences(
        userId,
        enabled,
        webhookUrl,
        webhookTemplate,
        Optional.of(secret),
        emailOverride,
        quietFrom,
        quietTo,
        maxPerHour);
  }

  @Override
  public String toString() {
    return "NotificationPreferences[user="
        + userId
        + ", enabled="
        + enabled
        + ", webhook="
        + webhookUrl.isPresent()
        + ", quiet="
        + quietFrom.map(from -> from + "-" + quietTo.orElseThrow()).orElse("none")
        + ", maxPerHour="
        + maxPerHour
        + "]";
  }
}
