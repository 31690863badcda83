package io.breadthflow.core.rule;

/** The type of a condition's parameter in rule JSON. */
public enum ParameterType {
  /** A JSON number within [min, max]. */
  NUMBER("number"),
  /** A whole JSON number within [min, max]. */
  INTEGER("integer"),
  /** A string, one of the listed choices. */
  CHOICE("choice"),
  /** A free string (pattern in the description). */
  TEXT("text");

  private final String code;

  ParameterType(String code) {
    this.code = code;
  }

  /** The name in the rule schema. */
  public String code() {
    return code;
  }
}
