package io.breadthflow.app.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.json.Json;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.notify.DeliveryChannel;
import io.breadthflow.core.rule.ActiveHours;
import io.breadthflow.core.rule.AlertRule;
import io.breadthflow.core.rule.ConditionKind;
import io.breadthflow.core.rule.RuleCondition;
import io.breadthflow.core.rule.RuleStatus;
import io.breadthflow.core.rule.RuleTarget;
import io.breadthflow.core.rule.TargetKind;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rules as JSON, for request bodies and answers:
 *
 * <pre>{@code
 * {"name": "AAPL oversold",
 *  "target": {"kind": "symbol", "value": "AAPL"},
 *  "condition": {"kind": "rsi_cross", "level": 30, "direction": "below"},
 *  "interval": "1d", "cooldown_minutes": 240,
 *  "active_hours": {"from": "09:30", "to": "16:00"}, "zone": "America/New_York",
 *  "channels": ["in_app", "webhook"], "status": "active"}
 * }</pre>
 *
 * The condition's other keys are its parameters ({@link RuleSchema}); left out they take their
 * defaults. {@code cooldown_minutes} (default 0), {@code active_hours} (default all day), {@code
 * zone} (default the owner's), {@code channels} (default in_app) and {@code status} (default
 * active) are optional. Answers add {@code id} and always give the zone; {@code active_hours} is
 * null for all day.
 */
public final class RuleJson {
  private static final long MAX_COOLDOWN_MINUTES = AlertRule.MAX_COOLDOWN.toMinutes();

  private RuleJson() {}

  /**
   * The request in {@code body}.
   *
   * @throws UseCaseException (invalid request) with one line for malformed JSON, a missing or
   *     unknown field, or a value out of its range
   */
  public static RuleRequest read(String body) {
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(body == null ? "" : body);
    } catch (JsonProcessingException e) {
      throw UseCaseException.invalid("the rule is not valid JSON");
    }
    if (root == null || !root.isObject()) {
      throw UseCaseException.invalid("the rule must be a JSON object");
    }
    try {
      return request(root);
    } catch (IllegalArgumentException e) {
      throw UseCaseException.invalid(e.getMessage());
    }
  }

  /** {@code rule} as the JSON object answers give (keys in a fixed order). */
  public static Map<String, Object> write(AlertRule rule) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", rule.id());
    json.put("name", rule.name());
    json.put(
        "target",
        ordered(
            "kind", rule.target().kind().name().toLowerCase(Locale.ROOT), "value", value(rule)));
    Map<String, Object> condition = new LinkedHashMap<>();
    condition.put("kind", rule.condition().kind().code());
    condition.putAll(rule.condition().parameters());
    json.put("condition", condition);
    json.put("interval", rule.interval().code());
    json.put("cooldown_minutes", rule.cooldown().toMinutes());
    ActiveHours hours = rule.activeHours();
    json.put(
        "active_hours",
        hours.isAllDay()
            ? null
            : ordered("from", hours.from().toString(), "to", hours.to().toString()));
    json.put("zone", hours.zone().getId());
    json.put("channels", rule.channels().stream().map(DeliveryChannel::code).sorted().toList());
    json.put("status", rule.status().name().toLowerCase(Locale.ROOT));
    return json;
  }

  private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put(k1, v1);
    map.put(k2, v2);
    return map;
  }

  private static Object value(AlertRule rule) {
    return rule.target().kind() == TargetKind.WATCHLIST
        ? (Object) rule.target().watchlistId()
        : rule.target().value();
  }

  private static final Set<String> FIELDS =
      Set.of(
          "id",
          "name",
          "target",
          "condition",
          "interval",
          "cooldown_minutes",
          "active_hours",
          "zone",
          "channels",
          "status");

  private static RuleRequest request(JsonNode root) {
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw new IllegalArgumentException("a rule has no field '" + name + "'");
      }
    }
    String name = text(root, "name").orElseThrow(() -> missing("name"));
    RuleTarget target = target(object(root, "target").orElseThrow(() -> missing("target")));
    RuleCondition condition =
        condition(object(root, "condition").orElseThrow(() -> missing("condition")));
    Interval interval =
        Interval.parse(text(root, "interval").orElseThrow(() -> missing("interval")));
    long cooldown = 0;
    JsonNode cooldownNode = root.get("cooldown_minutes");
    if (cooldownNode != null && !cooldownNode.isNull()) {
      if (!cooldownNode.canConvertToLong() || !cooldownNode.isIntegralNumber()) {
        throw new IllegalArgumentException("cooldown_minutes must be a whole number");
      }
      cooldown = cooldownNode.asLong();
      if (cooldown < 0 || cooldown > MAX_COOLDOWN_MINUTES) {
        throw new IllegalArgumentException(
            "cooldown_minutes must be between 0 and " + MAX_COOLDOWN_MINUTES);
      }
    }
    LocalTime from = LocalTime.MIDNIGHT;
    LocalTime to = LocalTime.MIDNIGHT;
    Optional<JsonNode> hours = object(root, "active_hours");
    if (hours.isPresent()) {
      from = time(hours.get(), "from");
      to = time(hours.get(), "to");
    }
    Optional<ZoneId> zone = text(root, "zone").map(RuleJson::zone);
    Set<DeliveryChannel> channels = channels(root.get("channels"));
    RuleStatus status = text(root, "status").map(RuleJson::status).orElse(RuleStatus.ACTIVE);
    return new RuleRequest(
        name,
        target,
        condition,
        interval,
        Duration.ofMinutes(cooldown),
        from,
        to,
        zone,
        channels,
        status);
  }

  private static RuleTarget target(JsonNode node) {
    String kind = text(node, "kind").orElseThrow(() -> missing("target.kind"));
    JsonNode value = node.get("value");
    if (value == null || value.isNull() || !(value.isTextual() || value.isIntegralNumber())) {
      throw missing("target.value");
    }
    TargetKind targetKind;
    try {
      targetKind = TargetKind.valueOf(kind.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "target.kind must be symbol, watchlist or universe but was '" + kind + "'");
    }
    String text = value.asText().trim();
    return new RuleTarget(
        targetKind, targetKind == TargetKind.SYMBOL ? text.toUpperCase(Locale.ROOT) : text);
  }

  private static RuleCondition condition(JsonNode node) {
    ConditionKind kind =
        ConditionKind.of(text(node, "kind").orElseThrow(() -> missing("condition.kind")));
    ObjectNode parameters = ((ObjectNode) node).deepCopy();
    parameters.remove("kind");
    Map<String, Object> values = new LinkedHashMap<>();
    parameters
        .fields()
        .forEachRemaining(
            field -> {
              JsonNode value = field.getValue();
              if (value.isNumber()) {
                values.put(field.getKey(), value.numberValue());
              } else if (value.isTextual()) {
                values.put(field.getKey(), value.textValue());
              } else if (!value.isNull()) {
                throw new IllegalArgumentException(
                    kind.code() + " parameter '" + field.getKey() + "' must be a number or string");
              }
            });
    return kind.parse(values);
  }

  private static Set<DeliveryChannel> channels(JsonNode node) {
    if (node == null || node.isNull()) {
      return Set.of(DeliveryChannel.IN_APP);
    }
    if (!node.isArray()) {
      throw new IllegalArgumentException("channels must be a list such as [\"in_app\", \"email\"]");
    }
    Set<DeliveryChannel> channels = EnumSet.noneOf(DeliveryChannel.class);
    for (JsonNode channel : node) {
      if (!channel.isTextual()) {
        throw new IllegalArgumentException("channels must be strings: in_app, webhook or email");
      }
      channels.add(DeliveryChannel.of(channel.textValue()));
    }
    return channels;
  }

  private static LocalTime time(JsonNode node, String field) {
    String text = text(node, field).orElseThrow(() -> missing("active_hours." + field));
    try {
      return LocalTime.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "active_hours." + field + " must be a time such as 09:30 but was '" + text + "'");
    }
  }

  private static ZoneId zone(String text) {
    try {
      return ZoneId.of(text);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "zone must be a time zone such as America/New_York but was '" + text + "'");
    }
  }

  private static RuleStatus status(String text) {
    for (RuleStatus status : List.of(RuleStatus.values())) {
      if (status.name().equalsIgnoreCase(text)) {
        return status;
      }
    }
    throw new IllegalArgumentException("status must be active or paused but was '" + text + "'");
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      throw new IllegalArgumentException(field + " must be a string");
    }
    return Optional.of(value.textValue());
  }

  private static Optional<JsonNode> object(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isObject()) {
      throw new IllegalArgumentException(field + " must be a JSON object");
    }
    return Optional.of(value);
  }

  private static IllegalArgumentException missing(String field) {
    return new IllegalArgumentException(field + " is required");
  }
}
