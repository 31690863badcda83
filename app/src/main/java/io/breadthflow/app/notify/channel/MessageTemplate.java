package io.breadthflow.app.notify.channel;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.core.rule.RuleFiring;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * A webhook body with TradingView-style placeholders ({@code {{ticker}}}, {@code {{close}}}, …; see
 * {@link #PLACEHOLDERS}). Values are inserted JSON-escaped without quotes, so a template that is
 * JSON stays JSON; an undefined number is {@code null}. Immutable and thread-safe.
 */
public final class MessageTemplate {
  /** The placeholders and what they stand for. */
  public static final Map<String, String> PLACEHOLDERS = placeholders();

  /** The body when the user gives none. */
  public static final String DEFAULT_TEXT =
      "{\"ticker\":\"{{ticker}}\",\"close\":{{close}},\"interval\":\"{{interval}}\","
          + "\"time\":\"{{time}}\",\"rule\":\"{{rule}}\",\"message\":\"{{message}}\","
          + "\"value\":{{value}},\"key\":\"{{key}}\"}";

  /** The default body. */
  public static final MessageTemplate DEFAULT = parse(DEFAULT_TEXT);

  /** The longest template accepted, in characters. */
  public static final int MAX_LENGTH = 4000;

  private final String text;

  private MessageTemplate(String text) {
    this.text = text;
  }

  /**
   * A template.
   *
   * @throws UseCaseException when it is empty, too long or names an unknown placeholder
   */
  public static MessageTemplate parse(String text) {
    if (text == null || text.isBlank()) {
      throw UseCaseException.invalid("the webhook template must not be empty");
    }
    if (text.length() > MAX_LENGTH) {
      throw UseCaseException.invalid(
          "the webhook template must be at most " + MAX_LENGTH + " characters");
    }
    List<String> unknown = new ArrayList<>();
    Matcher matcher = Placeholders.PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      if (!PLACEHOLDERS.containsKey(matcher.group(1))) {
        unknown.add(matcher.group(1));
      }
    }
    if (!unknown.isEmpty()) {
      throw UseCaseException.invalid(
          "unknown webhook template placeholder(s) "
              + unknown
              + " (known: "
              + String.join(", ", PLACEHOLDERS.keySet())
              + ")");
    }
    return new MessageTemplate(text);
  }

  /** The template as given. */
  public String text() {
    return text;
  }

  /** The body for {@code firing} (identified by {@code key}), rendered at {@code now}. */
  public String render(RuleFiring firing, String message, String key, Instant now) {
    return Placeholders.fill(
        text, Placeholders.values(firing, message, key, now), MessageTemplate::escape);
  }

  /** JSON string escaping, without the quotes. */
  static String escape(String value) {
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  private static Map<String, String> placeholders() {
    Map<String, String> names = new LinkedHashMap<>();
    names.put("ticker", "the symbol (empty for a market-wide rule)");
    names.put("close", "the symbol's close on the bar (null when none)");
    names.put("interval", "the bar interval: 1m, 5m, 15m, 1h or 1d");
    names.put("time", "the bar's start, ISO-8601 UTC");
    names.put("timenow", "when the webhook is sent, ISO-8601 UTC");
    names.put("rule", "the rule's name");
    names.put("rule_id", "the rule's id");
    names.put("message", "the one-line message");
    names.put("value", "the measured value that met the condition (null when none)");
    names.put("key", "the firing's identity, also the Idempotency-Key header");
    return java.util.Collections.unmodifiableMap(names);
  }
}
