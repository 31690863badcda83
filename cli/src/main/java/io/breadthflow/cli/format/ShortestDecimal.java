package io.breadthflow.cli.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats a double as the shortest plain decimal string that parses back to the same double (e.g.
 * {@code 0.1}, {@code 67.8542}, {@code 158168416}), never in exponent notation. Java 17's {@code
 * Double.toString} is not always the shortest (JDK-4511638, fixed in Java 19), so the digits are
 * found by rounding the exact binary value to 1, 2, … 17 significant digits and taking the first
 * that round-trips. {@code NaN} and infinities format as the empty string.
 */
public final class ShortestDecimal {
  private static final MathContext[] PRECISIONS = new MathContext[18];

  static {
    for (int p = 1; p < PRECISIONS.length; p++) {
      PRECISIONS[p] = new MathContext(p, RoundingMode.HALF_EVEN);
    }
  }

  private ShortestDecimal() {}

  /** The shortest round-tripping plain decimal, or "" for a non-finite value. */
  public static String format(double value) {
    if (!Double.isFinite(value)) {
      return "";
    }
    if (value == 0) {
      return "0";
    }
    BigDecimal exact = new BigDecimal(value);
    for (int p = 1; p < PRECISIONS.length; p++) {
      BigDecimal rounded = exact.round(PRECISIONS[p]);
      if (rounded.doubleValue() == value) {
        return rounded.stripTrailingZeros().toPlainString();
      }
    }
    return exact.stripTrailingZeros().toPlainString();
  }
}
