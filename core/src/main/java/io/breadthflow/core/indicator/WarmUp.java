package io.breadthflow.core.indicator;

/**
 * How long an indicator depends on where its input started.
 *
 * <p>{@code lookback} is the number of observations that produce no value (TA-Lib's lookback): the
 * first value is at index {@code lookback}. {@code stableFrom} is the first index (counted from the
 * first observation fed, 0-based) whose value no longer depends on the start of the history, to the
 * stated {@code tolerance}: from there on, everything before the start (the seed and whatever
 * history a longer run would have seen) carries at most {@code tolerance} of the weight in the
 * value. Two runs over the same data that start at different points therefore differ by at most
 * {@code tolerance} times the difference of their seeds (exactly so for the linear recursions EMA,
 * Wilder's RMA and MACD; approximately for the ratios built on them, RSI and ADX).
 *
 * <ul>
 *   <li>Finite windows (SMA, WMA, Bollinger, standard deviation, ROC, stochastic, volatility) are
 *       stable from their first value: {@code stableFrom == lookback}, exactly.
 *   <li>An exponential recursion with weight α on the new value is stable k observations after its
 *       seed, with k the smallest integer such that (1−α)<sup>k</sup> ≤ tolerance (α = 2/(n+1) for
 *       an EMA, 1/n for Wilder's RMA); chained recursions (the MACD signal, ADX) add the decay of
 *       every stage, see {@link SeedDecay}.
 *   <li>Cumulative indicators (OBV) never forget their start: their level depends on it forever
 *       (only their changes do not). They have {@code stableFrom == }{@link #NEVER}.
 * </ul>
 *
 * @param lookback observations without a value, at least 0
 * @param stableFrom first stable index, at least {@code lookback}; {@link #NEVER} for cumulative
 *     indicators
 * @param tolerance remaining weight of the start allowed at {@code stableFrom}, in (0, 1)
 */
public record WarmUp(int lookback, int stableFrom, double tolerance) {
  /** The default tolerance: the start keeps at most one millionth of the weight. */
  public static final double DEFAULT_TOLERANCE = 1e-6;

  /** {@link #stableFrom} of an indicator that never becomes independent of its start. */
  public static final int NEVER = Integer.MAX_VALUE;

  public WarmUp {
    Checks.atLeast("lookback", lookback, 0);
    if (stableFrom < lookback) {
      throw new IllegalArgumentException(
          "stableFrom must be at least lookback " + lookback + " but was " + stableFrom);
    }
    checkTolerance(tolerance);
  }

  /** A finite window: stable from its first value. */
  public static WarmUp exact(int lookback, double tolerance) {
    return new WarmUp(lookback, lookback, tolerance);
  }

  /** A cumulative indicator: its level depends on the start forever. */
  public static WarmUp cumulative(int lookback, double tolerance) {
    return new WarmUp(lookback, NEVER, tolerance);
  }

  /** True when the value at {@code index} (0-based from the first observation) is stable. */
  public boolean isStable(int index) {
    return index >= stableFrom;
  }

  /** True for indicators that never become independent of their start (OBV). */
  public boolean isCumulative() {
    return stableFrom == NEVER;
  }

  /** The later of the two warm-ups, for a value computed from both. */
  public WarmUp max(WarmUp other) {
    return new WarmUp(
        Math.max(lookback, other.lookback),
        Math.max(stableFrom, other.stableFrom),
        Math.max(tolerance, other.tolerance));
  }

  static double checkTolerance(double tolerance) {
    if (!(tolerance > 0 && tolerance < 1)) {
      throw new IllegalArgumentException("tolerance must be in (0, 1) but was " + tolerance);
    }
    return tolerance;
  }
}
