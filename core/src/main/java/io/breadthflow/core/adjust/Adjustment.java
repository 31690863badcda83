package io.breadthflow.core.adjust;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How stored (as-traded) daily prices are adjusted on read, by {@link PriceAdjuster}. Every basis
 * is back-adjusted: the latest bar keeps its stored price and earlier bars are scaled.
 */
public enum Adjustment {
  /** Prices and volumes as stored. */
  RAW("raw"),
  /**
   * Splits corrected: prices before a split divided by its ratio, volumes multiplied (breadth and
   * signals, so a 4:1 split is not a 75% decline).
   */
  SPLIT_ADJUSTED("split"),
  /**
   * Splits corrected and cash dividends reinvested (CRSP/Yahoo convention): the default of
   * backtests, whose returns then include dividends.
   */
  TOTAL_RETURN("total-return");

  private final String code;

  Adjustment(String code) {
    this.code = code;
  }

  /** The name users type ({@code raw}, {@code split}, {@code total-return}). */
  public String code() {
    return code;
  }

  /**
   * The adjustment named {@code code}, case-insensitive.
   *
   * @throws IllegalArgumentException naming the accepted values for any other text
   */
  public static Adjustment of(String code) {
    String wanted = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
    for (Adjustment adjustment : values()) {
      if (adjustment.code.equals(wanted)) {
        return adjustment;
      }
    }
    throw new IllegalArgumentException(
        "adjust must be one of "
            + Arrays.stream(values()).map(Adjustment::code).collect(Collectors.joining(", ")));
  }
}
