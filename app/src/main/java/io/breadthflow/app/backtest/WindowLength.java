package io.breadthflow.app.backtest;

import io.breadthflow.app.UseCaseException;
import java.time.Period;
import java.util.Locale;

/**
 * A walk-forward window length as people write it: a whole number and a unit, {@code 10d}, {@code
 * 6w}, {@code 6m} or {@code 2y} (calendar days, weeks, months, years).
 *
 * @param amount how many units, 1 to 9999
 * @param unit the unit
 */
public record WindowLength(int amount, Unit unit) {
  /** Calendar units, each with its letter and its mean length in days (for range checks). */
  public enum Unit {
    DAYS('d', 1),
    WEEKS('w', 7),
    MONTHS('m', 365.2425 / 12),
    YEARS('y', 365.2425);

    private final char letter;
    private final double days;

    Unit(char letter, double days) {
      this.letter = letter;
      this.days = days;
    }
  }

  /** Shortest and longest training windows. */
  public static final WindowLength TRAIN_MIN = new WindowLength(1, Unit.MONTHS);

  public static final WindowLength TRAIN_MAX = new WindowLength(20, Unit.YEARS);

  /** Shortest and longest test windows. */
  public static final WindowLength TEST_MIN = new WindowLength(1, Unit.WEEKS);

  public static final WindowLength TEST_MAX = new WindowLength(5, Unit.YEARS);

  public WindowLength {
    UseCaseException.required(unit, "a unit");
    if (amount < 1 || amount > 9999) {
      throw UseCaseException.invalid("a window length must be 1 to 9999 units, got " + amount);
    }
  }

  /**
   * The length {@code text} names.
   *
   * @throws UseCaseException when it is not a whole number followed by d, w, m or y
   */
  public static WindowLength parse(String text) {
    String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    if (value.length() >= 2 && value.length() <= 5) {
      char letter = value.charAt(value.length() - 1);
      String digits = value.substring(0, value.length() - 1);
      if (digits.chars().allMatch(Character::isDigit)) {
        for (Unit unit : Unit.values()) {
          if (unit.letter == letter) {
            return new WindowLength(Integer.parseInt(digits), unit);
          }
        }
      }
    }
    throw UseCaseException.invalid("'" + text + "' is not a window length like 10d, 6w, 6m or 2y");
  }

  /** The calendar period. */
  public Period period() {
    return switch (unit) {
      case DAYS -> Period.ofDays(amount);
      case WEEKS -> Period.ofWeeks(amount);
      case MONTHS -> Period.ofMonths(amount);
      case YEARS -> Period.ofYears(amount);
    };
  }

  /** This length when between {@code min} and {@code max}, compared by mean days. */
  WindowLength checked(String name, WindowLength min, WindowLength max) {
    if (days() < min.days() - 1e-9 || days() > max.days() + 1e-9) {
      throw UseCaseException.invalid(
          name + " must be between " + min + " and " + max + ", got " + this);
    }
    return this;
  }

  private double days() {
    return amount * unit.days;
  }

  @Override
  public String toString() {
    return amount + String.valueOf(unit.letter);
  }
}
