package io.breadthflow.app.universe;

import io.breadthflow.app.UseCaseException;
import java.util.Locale;
import java.util.regex.Pattern;

/** The rule for the name of a stored point-in-time universe, the same for every entry point. */
public final class UniverseName {
  /** Longest name. */
  public static final int MAX_LENGTH = 40;

  private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,39}");

  private UniverseName() {}

  /**
   * {@code name}, stripped and lower-cased, when it is 1 to {@value #MAX_LENGTH} of {@code a-z},
   * {@code 0-9}, {@code _ . -}, starting with a letter or digit.
   *
   * @throws UseCaseException (invalid request) otherwise
   */
  public static String checked(String name) {
    String normalised = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    if (!VALID.matcher(normalised).matches()) {
      throw UseCaseException.invalid(
          "a universe name is 1 to "
              + MAX_LENGTH
              + " of a-z, 0-9, '_', '.', '-', starting with a letter or digit");
    }
    return normalised;
  }
}
