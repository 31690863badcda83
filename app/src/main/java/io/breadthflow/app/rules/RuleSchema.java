package io.breadthflow.app.rules;

import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.notify.DeliveryChannel;
import io.breadthflow.core.rule.AlertRule;
import io.breadthflow.core.rule.ConditionKind;
import io.breadthflow.core.rule.ConditionParameter;
import io.breadthflow.core.rule.RuleStatus;
import io.breadthflow.core.rule.TargetKind;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a rule may say, for forms: the condition kinds with their parameters, and the accepted
 * targets, intervals, channels, statuses and limits. Serialised as the API's rule schema.
 *
 * @param conditions every condition kind
 * @param targets target kinds
 * @param intervals interval codes
 * @param channels channel codes
 * @param statuses status codes
 * @param maxRules rules one user may have
 * @param maxNameLength longest rule name
 * @param maxCooldownMinutes longest cooldown
 */
public record RuleSchema(
    List<Condition> conditions,
    List<String> targets,
    List<String> intervals,
    List<String> channels,
    List<String> statuses,
    int maxRules,
    int maxNameLength,
    long maxCooldownMinutes) {

  /**
   * One condition kind.
   *
   * @param kind its code in rule JSON
   * @param input what it looks at: bar, signal, breadth or alert
   * @param marketWide true when its target must be a universe
   * @param description one line
   * @param parameters its parameters in form order
   */
  public record Condition(
      String kind,
      String input,
      boolean marketWide,
      String description,
      List<Parameter> parameters) {}

  /**
   * One parameter.
   *
   * @param name key in rule JSON
   * @param type number, integer, choice or text
   * @param min least value (numbers), else null
   * @param max greatest value (numbers), else null
   * @param defaultValue the value when left out, null when required
   * @param required whether it must be given
   * @param choices accepted values of a choice
   * @param description one line
   */
  public record Parameter(
      String name,
      String type,
      Double min,
      Double max,
      Object defaultValue,
      boolean required,
      List<String> choices,
      String description) {}

  /** The schema of this build. */
  public static RuleSchema current() {
    return new RuleSchema(
        Arrays.stream(ConditionKind.values()).map(RuleSchema::condition).toList(),
        Arrays.stream(TargetKind.values()).map(RuleSchema::code).toList(),
        Arrays.stream(Interval.values()).map(Interval::code).toList(),
        Arrays.stream(DeliveryChannel.values()).map(DeliveryChannel::code).toList(),
        Arrays.stream(RuleStatus.values()).map(RuleSchema::code).toList(),
        RuleService.MAX_RULES,
        AlertRule.MAX_NAME,
        AlertRule.MAX_COOLDOWN.toMinutes());
  }

  private static Condition condition(ConditionKind kind) {
    return new Condition(
        kind.code(),
        code(kind.input()),
        kind.marketWide(),
        kind.description(),
        kind.parameters().stream().map(RuleSchema::parameter).toList());
  }

  private static Parameter parameter(ConditionParameter p) {
    return new Parameter(
        p.name(),
        p.type().code(),
        Double.isNaN(p.min()) ? null : p.min(),
        Double.isNaN(p.max()) ? null : p.max(),
        p.defaultValue().orElse(null),
        p.required(),
        p.choices(),
        p.description());
  }

  private static String code(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
