package io.breadthflow.core.rule;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One parameter of a condition, as the rule schema describes it and rule JSON is checked against.
 *
 * @param name its key in rule JSON
 * @param type number, integer, choice or text
 * @param min least value of a number or integer ({@code NaN} otherwise)
 * @param max greatest value of a number or integer ({@code NaN} otherwise)
 * @param defaultValue the value when rule JSON leaves it out; empty: required
 * @param choices the accepted values of a choice (empty otherwise)
 * @param description one line for people
 */
public record ConditionParameter(
    String name,
    ParameterType type,
    double min,
    double max,
    Optional<Object> defaultValue,
    List<String> choices,
    String description) {

  public ConditionParameter {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(defaultValue, "defaultValue");
    choices = List.copyOf(choices);
    Objects.requireNonNull(description, "description");
  }

  /** A required number in [min, max]. */
  static ConditionParameter number(String name, double min, double max, String description) {
    return new ConditionParameter(
        name, ParameterType.NUMBER, min, max, Optional.empty(), List.of(), description);
  }

  /** An integer in [min, max] with a default. */
  static ConditionParameter integer(
      String name, int min, int max, int defaultValue, String description) {
    return new ConditionParameter(
        name, ParameterType.INTEGER, min, max, Optional.of(defaultValue), List.of(), description);
  }

  /** One of the codes of {@code values}, with a default. */
  static ConditionParameter choice(
      String name, List<String> choices, String defaultValue, String description) {
    return new ConditionParameter(
        name,
        ParameterType.CHOICE,
        Double.NaN,
        Double.NaN,
        Optional.of(defaultValue),
        choices,
        description);
  }

  /** A free string with a default. */
  static ConditionParameter text(String name, String defaultValue, String description) {
    return new ConditionParameter(
        name,
        ParameterType.TEXT,
        Double.NaN,
        Double.NaN,
        Optional.of(defaultValue),
        List.of(),
        description);
  }

  static List<String> codes(Crossing... values) {
    return Arrays.stream(values).map(Crossing::code).toList();
  }

  /** True when rule JSON must give it. */
  public boolean required() {
    return defaultValue.isEmpty();
  }
}
