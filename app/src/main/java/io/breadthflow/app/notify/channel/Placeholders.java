package io.breadthflow.app.notify.channel;

import io.breadthflow.core.rule.RuleFiring;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The values of the {@code {{placeholders}}} of webhook bodies and e-mails, and their filling. */
final class Placeholders {
  static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z_]+)\\s*}}");

  private Placeholders() {}

  /**
   * The value of each placeholder for {@code firing} (identified by {@code key}) at {@code now}.
   */
  static Map<String, String> values(RuleFiring firing, String message, String key, Instant now) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("ticker", firing.symbol());
    values.put("close", number(firing.close()));
    values.put("interval", firing.interval().code());
    values.put("time", firing.barTime().toString());
    values.put("timenow", now.toString());
    values.put("rule", firing.ruleName());
    values.put("rule_id", Long.toString(firing.ruleId()));
    values.put("message", message);
    values.put("value", number(firing.value()));
    values.put("key", key);
    return values;
  }

  /** {@code text} with each known placeholder replaced by its escaped value. */
  static String fill(String text, Map<String, String> values, UnaryOperator<String> escape) {
    Matcher matcher = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder(text.length() + 64);
    while (matcher.find()) {
      String value = values.getOrDefault(matcher.group(1), "");
      matcher.appendReplacement(out, Matcher.quoteReplacement(escape.apply(value)));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private static String number(double value) {
    return Double.isFinite(value) ? Double.toString(value) : "null";
  }
}
