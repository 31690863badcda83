package io.breadthflow.core.breadth;

import io.breadthflow.core.indicator.SeedDecay;
import io.breadthflow.core.indicator.WarmUp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per breadth column, from which session its value no longer depends on where the history started
 * ({@link WarmUp}), in sessions from the first update (session 0), for stocks with bars from
 * session 0 (a stock listed later has no earlier history to depend on).
 *
 * <ul>
 *   <li>Counts against the previous close (A, D, U, ratios, TRIN, AD percent, RANA, ABI, 90% days)
 *       are exact from session 1; windows are exact once full: {@code pct_above_sma50} 49, {@code
 *       pct_above_sma200} and {@code pct_golden_cross} 199 (each member's own SMA), 52-week highs
 *       and lows and the record-high percent 252, the high-low index 261, the 10-session ABI and
 *       TRIN 10, the Whaley ratio 5 and thrust 6.
 *   <li>Exponential averages decay their seed ({@link SeedDecay}): the McClellan oscillators (EMA19
 *       − EMA39 of net advances or RANA, the slow EMA seeded at session 39) are stable from session
 *       309 at 1e-6; {@code zbt_ema10} (EMA10 seeded at 10) from 79 and the thrust, which looks
 *       back 10 sessions, from 89; STIX (α = 0.09 seeded at 21) from 168; {@code pct_above_ema20}
 *       (each member's EMA20) from 158; the Hindenburg Omen, which needs the oscillator's sign and
 *       a 36-session cluster, from 345.
 *   <li>Running sums ({@code ad_line}, {@code mcclellan_sum}, {@code ra_mcclellan_sum}, {@code
 *       ad_volume_line}, {@code highs_lows_line}) start at the first output session: their level
 *       depends on that start forever ({@link WarmUp#NEVER}); so does the Bullish Percent Index,
 *       whose point-and-figure columns depend on the path from the first close.
 * </ul>
 */
public final class BreadthWarmUp {
  private static final int MCCLELLAN_SEED = 39;
  private static final int OMEN_CLUSTER = 36;

  private BreadthWarmUp() {}

  /** The warm-up of every column of {@link BreadthRow#COLUMNS} but the date, in that order. */
  public static Map<String, WarmUp> breadth(double tolerance) {
    WarmUp counted = WarmUp.exact(1, tolerance);
    WarmUp mcclellan = mcclellan(tolerance);
    int zweigStable =
        SeedDecay.stableFrom(ZweigThrust.WINDOW, 2.0 / (ZweigThrust.WINDOW + 1), tolerance);
    Map<String, WarmUp> columns = new LinkedHashMap<>();
    for (String name : List.of("advancers", "decliners", "unchanged", "net_advances")) {
      columns.put(name, counted);
    }
    columns.put("ad_line", WarmUp.cumulative(0, tolerance));
    for (String name : List.of("ad_ratio", "up_volume", "down_volume", "trin")) {
      columns.put(name, counted);
    }
    columns.put("mcclellan_osc", mcclellan);
    columns.put("mcclellan_sum", WarmUp.cumulative(MCCLELLAN_SEED, tolerance));
    columns.put("pct_above_sma50", WarmUp.exact(49, tolerance));
    columns.put("pct_above_sma200", WarmUp.exact(199, tolerance));
    columns.put("new_highs_52w", WarmUp.exact(252, tolerance));
    columns.put("new_lows_52w", WarmUp.exact(252, tolerance));
    columns.put("zbt_ema10", new WarmUp(ZweigThrust.WINDOW, zweigStable, tolerance));
    columns.put(
        "zbt_thrust", new WarmUp(ZweigThrust.WINDOW, zweigStable + ZweigThrust.WINDOW, tolerance));
    return checked(columns, BreadthRow.COLUMNS);
  }

  /** The warm-up of every column of {@link CatalogueRow#COLUMNS} but the date, in that order. */
  public static Map<String, WarmUp> catalogue(double tolerance) {
    WarmUp counted = WarmUp.exact(1, tolerance);
    WarmUp mcclellan = mcclellan(tolerance);
    int ema20Stable = SeedDecay.stableFrom(19, 2.0 / 21, tolerance);
    Map<String, WarmUp> columns = new LinkedHashMap<>();
    for (String name : List.of("advancers", "decliners", "unchanged", "ad_percent")) {
      columns.put(name, counted);
    }
    columns.put("ad_volume_line", WarmUp.cumulative(0, tolerance));
    columns.put("ad_volume_percent", counted);
    columns.put("rana", counted);
    columns.put("ra_mcclellan_osc", mcclellan);
    columns.put("ra_mcclellan_sum", WarmUp.cumulative(MCCLELLAN_SEED, tolerance));
    columns.put("new_highs_52w", WarmUp.exact(252, tolerance));
    columns.put("new_lows_52w", WarmUp.exact(252, tolerance));
    columns.put("record_high_percent", WarmUp.exact(252, tolerance));
    columns.put("high_low_index", WarmUp.exact(261, tolerance));
    columns.put("highs_lows_line", WarmUp.cumulative(0, tolerance));
    columns.put("pct_above_ema20", new WarmUp(19, ema20Stable, tolerance));
    columns.put("pct_golden_cross", WarmUp.exact(199, tolerance));
    columns.put("stix", new WarmUp(21, SeedDecay.stableFrom(21, 0.09, tolerance), tolerance));
    columns.put("abi", counted);
    columns.put("abi_sma10", WarmUp.exact(10, tolerance));
    columns.put("trin_open10", WarmUp.exact(10, tolerance));
    columns.put("hindenburg", new WarmUp(252, mcclellan.stableFrom() + OMEN_CLUSTER, tolerance));
    columns.put("whaley_ratio5", WarmUp.exact(5, tolerance));
    columns.put("whaley_thrust", WarmUp.exact(6, tolerance));
    columns.put("ninety_percent_day", counted);
    columns.put("bullish_percent", WarmUp.cumulative(3, tolerance));
    return checked(columns, CatalogueRow.COLUMNS);
  }

  /** EMA19 − EMA39 of a series that starts at session 1: the slow EMA's seed decays last. */
  private static WarmUp mcclellan(double tolerance) {
    return new WarmUp(
        MCCLELLAN_SEED,
        SeedDecay.stableFrom(MCCLELLAN_SEED, 2.0 / (MCCLELLAN_SEED + 1), tolerance),
        tolerance);
  }

  private static Map<String, WarmUp> checked(Map<String, WarmUp> columns, List<String> names) {
    if (!List.copyOf(columns.keySet()).equals(names.subList(1, names.size()))) {
      throw new IllegalStateException("warm-ups out of step with the columns " + names);
    }
    return java.util.Collections.unmodifiableMap(columns);
  }
}
