package io.breadthflow.core.domain;

import java.util.regex.Pattern;

/** Validation of ticker symbols as used by US exchanges and data providers (e.g. BRK.B, BF-B). */
public final class Symbols {
  private static final Pattern VALID = Pattern.compile("[A-Z0-9][A-Z0-9.\\-^=]{0,14}");

  private Symbols() {}

  /** True when {@code symbol} is 1–15 upper-case letters, digits, dots, dashes, carets or '='. */
  public static boolean isValid(String symbol) {
    return symbol != null && VALID.matcher(symbol).matches();
  }

  /**
   * Returns the symbol unchanged when valid.
   *
   * @throws IllegalArgumentException naming the rule otherwise
   */
  public static String require(String symbol) {
    if (!isValid(symbol)) {
      throw new IllegalArgumentException(
          "symbol must be 1-15 upper-case letters, digits, '.', '-', '^' or '=' but was '"
              + symbol
              + "'");
    }
    return symbol;
  }
}
