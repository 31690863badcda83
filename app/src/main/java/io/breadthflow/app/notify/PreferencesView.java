package io.breadthflow.app.notify;

import io.breadthflow.app.notify.channel.MessageTemplate;
import io.breadthflow.core.notify.DeliveryChannel;
import io.breadthflow.store.NotificationPreferences;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A user's notification preferences as the API shows them: never the webhook secret, only whether
 * one is set. Absent values are null (JSON null).
 *
 * @param channels each channel's code and whether it is enabled
 * @param webhookUrl the webhook URL, null when none
 * @param webhookTemplate the webhook body template in force (the default when none was given)
 * @param webhookSecretSet whether a signing secret exists ({@code POST …/webhook-secret} makes one)
 * @param email the e-mail address overriding the profile's, null when none
 * @param quietHours when nothing is delivered, null when none
 * @param maxPerHour per channel and hour before a digest, 0 for no limit
 * @param placeholders the template placeholders and their meaning
 */
public record PreferencesView(
    Map<String, Boolean> channels,
    String webhookUrl,
    String webhookTemplate,
    boolean webhookSecretSet,
    String email,
    QuietHours quietHours,
    int maxPerHour,
    Map<String, String> placeholders) {

  static PreferencesView of(NotificationPreferences p) {
    Map<String, Boolean> channels = new LinkedHashMap<>();
    for (DeliveryChannel channel : DeliveryChannel.values()) {
      channels.put(channel.code(), p.enabled().contains(channel));
    }
    return new PreferencesView(
        channels,
        p.webhookUrl().orElse(null),
        p.webhookTemplate().orElse(MessageTemplate.DEFAULT_TEXT),
        p.webhookSecret().isPresent(),
        p.emailOverride().orElse(null),
        p.quietFrom().map(from -> new QuietHours(from, p.quietTo().orElseThrow())).orElse(null),
        p.maxPerHour(),
        MessageTemplate.PLACEHOLDERS);
  }
}
