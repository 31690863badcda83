package io.breadthflow.app.notify;

import com.fasterxml.jackson.databind.JsonNode;
import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.backtest.Limit;
import io.breadthflow.app.notify.channel.MessageTemplate;
import io.breadthflow.core.notify.DeliveryChannel;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A user's notification preferences, replacing the ones stored (the webhook secret is kept). In
 * JSON ({@link #fromJson}):
 *
 * <pre>
 * {"channels": {"in_app": true, "webhook": true, "email": false},
 *  "webhook_url": "https://example.com/hook",          // or null
 *  "webhook_template": "{\"ticker\":\"{{ticker}}\"}",  // or null for the default
 *  "email": "me@example.com",                          // or null for the profile's address
 *  "quiet_hours": {"from": "22:00", "to": "07:00"},    // or null, in the profile's zone
 *  "max_per_hour": 20}                                  // 0 = no limit
 * </pre>
 *
 * A channel missing from {@code channels} (or {@code channels} missing) is enabled.
 *
 * @param enabled the channels accepted
 * @param webhookUrl the webhook URL (http or https; its host is checked by the service)
 * @param webhookTemplate the webhook body, empty for {@link MessageTemplate#DEFAULT}
 * @param email where e-mails go instead of the profile's address
 * @param quietHours when nothing is delivered
 * @param maxPerHour per channel and clock hour before a digest, {@link #MAX_PER_HOUR}
 */
public record PreferencesRequest(
    Set<DeliveryChannel> enabled,
    Optional<String> webhookUrl,
    Optional<MessageTemplate> webhookTemplate,
    Optional<String> email,
    Optional<QuietHours> quietHours,
    int maxPerHour) {

  /** Notifications per channel and hour: 0 (no limit) to 1000, 0 when not given. */
  public static final Limit MAX_PER_HOUR =
      Limit.integer("max_per_hour", 0, 1000, 0, "notifications per channel and hour, 0 = no limit");

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  public PreferencesRequest {
    enabled = Set.copyOf(UseCaseException.requiredEach(enabled, "channels"));
    UseCaseException.required(webhookUrl, "the webhook URL (or none)")
        .ifPresent(PreferencesRequest::checkUrl);
    UseCaseException.required(webhookTemplate, "the webhook template (or none)");
    UseCaseException.required(email, "the e-mail address (or none)")
        .ifPresent(
            address -> {
              if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
                throw UseCaseException.invalid("email must be an e-mail address");
              }
            });
    UseCaseException.required(quietHours, "quiet hours (or none)");
    MAX_PER_HOUR.checkInt(maxPerHour);
  }

  /**
   * The request in the API's JSON form (above).
   *
   * @throws UseCaseException for a malformed or out-of-range field
   */
  public static PreferencesRequest fromJson(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw UseCaseException.invalid("the preferences must be a JSON object");
    }
    Set<DeliveryChannel> enabled = EnumSet.allOf(DeliveryChannel.class);
    JsonNode channels = body.path("channels");
    if (!channels.isMissingNode() && !channels.isNull()) {
      if (!channels.isObject()) {
        throw UseCaseException.invalid("channels must map in_app, webhook and email to true/false");
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = channels.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        DeliveryChannel channel;
        try {
          channel = DeliveryChannel.of(entry.getKey());
        } catch (IllegalArgumentException e) {
          throw UseCaseException.invalid(e.getMessage());
        }
        if (!entry.getValue().isBoolean()) {
          throw UseCaseException.invalid("channels." + entry.getKey() + " must be true or false");
        }
        if (!entry.getValue().booleanValue()) {
          enabled.remove(channel);
        }
      }
    }
    Optional<QuietHours> quiet = Optional.empty();
    JsonNode hours = body.path("quiet_hours");
    if (!hours.isMissingNode() && !hours.isNull()) {
      quiet = Optional.of(new QuietHours(time(hours, "from"), time(hours, "to")));
    }
    JsonNode max = body.path("max_per_hour");
    if (!max.isMissingNode() && !max.isNull() && !max.isIntegralNumber()) {
      throw UseCaseException.invalid("max_per_hour must be a whole number");
    }
    return new PreferencesRequest(
        enabled,
        text(body, "webhook_url"),
        text(body, "webhook_template").map(MessageTemplate::parse),
        text(body, "email"),
        quiet,
        max.isIntegralNumber() ? MAX_PER_HOUR.checkInt(max.longValue()) : 0);
  }

  private static Optional<String> text(JsonNode body, String field) {
    JsonNode node = body.path(field);
    if (node.isMissingNode() || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isTextual()) {
      throw UseCaseException.invalid(field + " must be a string or null");
    }
    String value = node.textValue().strip();
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  private static LocalTime time(JsonNode hours, String field) {
    JsonNode node = hours.path(field);
    if (!node.isTextual()) {
      throw UseCaseException.invalid("quiet_hours." + field + " must be a time like 22:00");
    }
    try {
      return LocalTime.parse(node.textValue());
    } catch (DateTimeParseException e) {
      throw UseCaseException.invalid("quiet_hours." + field + " must be a time like 22:00");
    }
  }

  private static void checkUrl(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (url.length() > 2000
          || !(scheme.equals("http") || scheme.equals("https"))
          || uri.getHost() == null) {
        throw new URISyntaxException(url, "not http(s)");
      }
    } catch (URISyntaxException e) {
      throw UseCaseException.invalid(
          "webhook_url must be an absolute http or https URL of at most 2000 characters");
    }
  }
}
