package io.breadthflow.app.backtest;

import io.breadthflow.app.UseCaseException;

/**
 * The documented range of one numeric parameter, checked where its request record is built, the
 * same for the CLI, the command API and HTTP; {@code GET /api/strategies} publishes it.
 *
 * @param name the parameter's name (snake_case, as in JSON)
 * @param kind whole number or decimal
 * @param min smallest value accepted
 * @param max largest value accepted
 * @param fallback the value when none is given
 * @param description what it means, with its unit
 */
public record Limit(
    String name, Kind kind, double min, double max, double fallback, String description) {

  /** What values a parameter takes. */
  public enum Kind {
    INTEGER,
    NUMBER
  }

  /** A whole-number parameter. */
  public static Limit integer(String name, int min, int max, int fallback, String description) {
    return new Limit(name, Kind.INTEGER, min, max, fallback, description);
  }

  /** A decimal parameter. */
  public static Limit number(
      String name, double min, double max, double fallback, String description) {
    return new Limit(name, Kind.NUMBER, min, max, fallback, description);
  }

  /**
   * {@code value} when in range.
   *
   * @throws UseCaseException naming the parameter and its range otherwise
   */
  public double check(double value) {
    if (!(value >= min && value <= max)) {
      throw UseCaseException.invalid(
          name + " must be between " + text(min) + " and " + text(max) + ", got " + text(value));
    }
    if (kind == Kind.INTEGER && value != Math.rint(value)) {
      throw UseCaseException.invalid(name + " must be a whole number, got " + text(value));
    }
    return value;
  }

  /** {@code value} when a whole number in range. */
  public int checkInt(long value) {
    return (int) check(value);
  }

  private static String text(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : Double.toString(value);
  }
}
