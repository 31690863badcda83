package io.breadthflow.core.strategy;

/**
 * How a condition compares its value {@code x} with its reference {@code r} at the close. A value
 * that is not defined yet ({@code NaN}, during warm-up) makes every comparison false. Crosses look
 * at the previous value of both sides (the symbol's previous bar, or the scope's previous session),
 * which must be defined too. Values within 1e-12 relative of the reference are equal to it, as
 * {@link io.breadthflow.core.breadth.BreadthEngine} treats a close against its average: a running
 * sum carries rounding errors of about 1e-15, so a close equal to its SMA in decimal arithmetic is
 * neither above nor below it.
 */
public enum Comparison {
  /** x &gt; r. */
  ABOVE("above"),
  /** x &lt; r. */
  BELOW("below"),
  /** x &gt; r now and x ≤ r on the previous session. */
  CROSSES_ABOVE("crosses_above"),
  /** x &lt; r now and x ≥ r on the previous session. */
  CROSSES_BELOW("crosses_below");

  private final String code;

  Comparison(String code) {
    this.code = code;
  }

  private static final double TIE_TOLERANCE = 1e-12;

  /** The key in a strategy file. */
  public String code() {
    return code;
  }

  /**
   * Whether the comparison holds for {@code x} against {@code r}, previously {@code px}, {@code
   * pr}.
   */
  boolean holds(double x, double r, double px, double pr) {
    return switch (this) {
      case ABOVE -> above(x, r);
      case BELOW -> above(r, x);
      case CROSSES_ABOVE -> above(x, r) && defined(px, pr) && !above(px, pr);
      case CROSSES_BELOW -> above(r, x) && defined(px, pr) && !above(pr, px);
    };
  }

  /** a &gt; b by more than binary rounding (false when either is NaN). */
  private static boolean above(double a, double b) {
    return a - b > TIE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
  }

  private static boolean defined(double a, double b) {
    return !Double.isNaN(a) && !Double.isNaN(b);
  }
}
