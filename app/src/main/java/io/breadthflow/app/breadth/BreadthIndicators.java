package io.breadthflow.app.breadth;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.breadth.BreadthIndicator.Kind;
import io.breadthflow.app.breadth.BreadthRequest.Columns;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every breadth column with its name, definition and source: today's columns of {@link
 * io.breadthflow.core.breadth.BreadthRow}, then those of {@link
 * io.breadthflow.core.breadth.CatalogueRow} they do not repeat, in that order (the order of {@code
 * bf breadth --indicators all}). The one place the descriptions live; docs/ANALYTICS.md gives the
 * full conventions.
 */
public final class BreadthIndicators {
  private static final String CHARTSCHOOL = "StockCharts ChartSchool, ";

  /** All columns but the date, in output order. */
  public static final List<BreadthIndicator> ALL =
      List.of(
          standard(
              "advancers",
              "Advancers",
              "Stocks whose close is above their own previous close",
              CHARTSCHOOL + "\"Advance-Decline Line\"",
              Kind.COUNT),
          standard(
              "decliners",
              "Decliners",
              "Stocks whose close is below their own previous close",
              CHARTSCHOOL + "\"Advance-Decline Line\"",
              Kind.COUNT),
          standard(
              "unchanged",
              "Unchanged",
              "Stocks whose close equals their own previous close",
              CHARTSCHOOL + "\"Advance-Decline Line\"",
              Kind.COUNT),
          standard(
              "net_advances",
              "Net advances",
              "Advancers − decliners",
              CHARTSCHOOL + "\"Advance-Decline Line\"",
              Kind.LEVEL),
          standard(
              "ad_line",
              "Advance-decline line",
              "Running sum of net advances from the first session shown",
              CHARTSCHOOL + "\"Advance-Decline Line\"",
              Kind.LEVEL),
          standard(
              "ad_ratio",
              "Advance-decline ratio",
              "Advancers / decliners (empty when no stock declines)",
              CHARTSCHOOL + "\"Advance-Decline Ratio\"",
              Kind.LEVEL),
          standard(
              "up_volume",
              "Up volume",
              "Volume of the advancers",
              CHARTSCHOOL + "\"Arms Index (TRIN)\"",
              Kind.LEVEL),
          standard(
              "down_volume",
              "Down volume",
              "Volume of the decliners",
              CHARTSCHOOL + "\"Arms Index (TRIN)\"",
              Kind.LEVEL),
          standard(
              "trin",
              "TRIN (Arms index)",
              "(A/D) / (UpVol/DownVol); below 1 is bullish",
              CHARTSCHOOL + "\"Arms Index (TRIN)\"",
              Kind.LEVEL),
          standard(
              "mcclellan_osc",
              "McClellan oscillator",
              "EMA19 − EMA39 of net advances (SMA-seeded EMAs)",
              CHARTSCHOOL + "\"McClellan Oscillator\"",
              Kind.LEVEL),
          standard(
              "mcclellan_sum",
              "McClellan summation index",
              "Running sum of the McClellan oscillator from the first session shown",
              CHARTSCHOOL + "\"McClellan Summation Index\"",
              Kind.LEVEL),
          standard(
              "pct_above_sma50",
              "% above 50-day SMA",
              "Share of the stocks with 50 closes whose close is above their SMA(50)",
              CHARTSCHOOL + "\"Percent Above Moving Average\"",
              Kind.PERCENT),
          standard(
              "pct_above_sma200",
              "% above 200-day SMA",
              "Share of the stocks with 200 closes whose close is above their SMA(200)",
              CHARTSCHOOL + "\"Percent Above Moving Average\"",
              Kind.PERCENT),
          standard(
              "new_highs_52w",
              "New 52-week highs",
              "Stocks closing above the highest of their previous 252 closes",
              CHARTSCHOOL + "\"New Highs-New Lows\"",
              Kind.COUNT),
          standard(
              "new_lows_52w",
              "New 52-week lows",
              "Stocks closing below the lowest of their previous 252 closes",
              CHARTSCHOOL + "\"New Highs-New Lows\"",
              Kind.COUNT),
          standard(
              "zbt_ema10",
              "Zweig breadth thrust line",
              "10-session EMA of A/(A + D)",
              CHARTSCHOOL + "\"Zweig Breadth Thrust\"",
              Kind.LEVEL),
          standard(
              "zbt_thrust",
              "Zweig breadth thrust",
              "The session the thrust line crosses above 0.615 having been below 0.40 within the"
                  + " previous 10 sessions",
              CHARTSCHOOL + "\"Zweig Breadth Thrust\"",
              Kind.EVENT),
          catalogue(
              "ad_percent",
              "AD percent",
              "(A − D)/(A + D) · 100",
              CHARTSCHOOL + "\"AD Percent\"",
              Kind.PERCENT),
          catalogue(
              "ad_volume_line",
              "AD volume line",
              "Running sum of up volume − down volume from the first session shown",
              CHARTSCHOOL + "\"AD Volume Line\"",
              Kind.LEVEL),
          catalogue(
              "ad_volume_percent",
              "AD volume percent",
              "(UpVol − DownVol)/(UpVol + DownVol) · 100",
              "volume form of ChartSchool's \"AD Percent\"",
              Kind.PERCENT),
          catalogue(
              "rana",
              "RANA",
              "Ratio-adjusted net advances (A − D)/(A + D) · 1000",
              "McClellan Financial Publications; " + CHARTSCHOOL + "\"McClellan Oscillator\"",
              Kind.LEVEL),
          catalogue(
              "ra_mcclellan_osc",
              "Ratio-adjusted McClellan oscillator",
              "EMA19 − EMA39 of RANA (SMA-seeded EMAs)",
              "McClellan Financial Publications; " + CHARTSCHOOL + "\"McClellan Oscillator\"",
              Kind.LEVEL),
          catalogue(
              "ra_mcclellan_sum",
              "Ratio-adjusted summation index",
              "1000 + running sum of the ratio-adjusted oscillator (NYSE-style start at 1000)",
              CHARTSCHOOL + "\"McClellan Summation Index\"",
              Kind.LEVEL),
          catalogue(
              "record_high_percent",
              "Record high percent",
              "New highs / (new highs + new lows) · 100; 50 when there are neither",
              CHARTSCHOOL + "\"High-Low Index\"",
              Kind.PERCENT),
          catalogue(
              "high_low_index",
              "High-Low index",
              "10-session SMA of the record high percent",
              CHARTSCHOOL + "\"High-Low Index\"",
              Kind.PERCENT),
          catalogue(
              "highs_lows_line",
              "New highs − new lows line",
              "Running sum of new highs − new lows from the first session shown",
              CHARTSCHOOL + "\"New Highs-New Lows\"",
              Kind.LEVEL),
          catalogue(
              "pct_above_ema20",
              "% above 20-day EMA",
              "Share of the stocks with 20 closes whose close is above their EMA(20)",
              CHARTSCHOOL + "\"Percent Above Moving Average\"",
              Kind.PERCENT),
          catalogue(
              "pct_golden_cross",
              "Golden-cross percent",
              "Share of the stocks with 200 closes whose SMA(50) is above their SMA(200)",
              CHARTSCHOOL + "\"Moving Averages\" (golden cross)",
              Kind.PERCENT),
          catalogue(
              "stix",
              "STIX",
              "Exponential average (smoothing 0.09) of A/(A + D) · 100",
              "The Polymetric Report, in Colby, The Encyclopedia of Technical Market Indicators"
                  + " (2003)",
              Kind.PERCENT),
          catalogue(
              "abi",
              "Absolute Breadth Index",
              "|A − D|",
              "Fosback, Stock Market Logic (1976)",
              Kind.COUNT),
          catalogue(
              "abi_sma10",
              "Absolute Breadth Index, 10-session average",
              "10-session SMA of |A − D|",
              "Fosback, Stock Market Logic (1976)",
              Kind.LEVEL),
          catalogue(
              "trin_open10",
              "Open-10 TRIN",
              "(ΣA/ΣD) / (ΣUpVol/ΣDownVol), sums over the last 10 sessions",
              CHARTSCHOOL + "\"Arms Index (TRIN)\"",
              Kind.LEVEL),
          catalogue(
              "hindenburg",
              "Hindenburg Omen",
              "A signal when new highs and new lows are both at least 2.8% of the advancers plus"
                  + " decliners, the index"
                  + " (equal-weight mean close) is above its level 50 sessions earlier, the"
                  + " McClellan oscillator is negative and new highs are at most twice new lows;"
                  + " confirmed with another signal in the previous 36 sessions",
              "Miekka's Hindenburg Omen, revised daily criteria (Wikipedia \"Hindenburg Omen\")",
              Kind.EVENT),
          catalogue(
              "whaley_ratio5",
              "Whaley 5-session ratio",
              "ΣA/(ΣA + ΣD) over the last 5 sessions",
              "Whaley, \"Planes, Trains and Automobiles\", Dow Award paper (2010)",
              Kind.LEVEL),
          catalogue(
              "whaley_thrust",
              "Whaley breadth thrust",
              "Up the session the 5-session ratio rises above 0.7366, down the session it falls"
                  + " below 0.1905",
              "Whaley, \"Planes, Trains and Automobiles\", Dow Award paper (2010)",
              Kind.EVENT),
          catalogue(
              "ninety_percent_day",
              "Desmond 90% day",
              "Up when up volume and points gained are each at least 90% of their totals, down"
                  + " symmetrically",
              "Desmond, \"Identifying Bear Market Bottoms and New Bull Markets\", Dow Award paper"
                  + " (2002)",
              Kind.EVENT),
          catalogue(
              "bullish_percent",
              "Bullish Percent Index",
              "Share of the stocks with a point-and-figure signal (3-box reversal, traditional"
                  + " scale) whose signal is a buy",
              "Dorsey, Point and Figure Charting (2007); "
                  + CHARTSCHOOL
                  + "\"Bullish Percent Index\", \"P&F Scaling and Timeframes\"",
              Kind.PERCENT));

  private static final Map<String, BreadthIndicator> BY_KEY =
      ALL.stream()
          .collect(
              Collectors.toMap(
                  BreadthIndicator::key,
                  Function.identity(),
                  (a, b) -> {
                    throw new IllegalStateException("duplicate breadth indicator " + a.key());
                  },
                  java.util.LinkedHashMap::new));

  private BreadthIndicators() {}

  /**
   * The indicators named by {@code keys} (case-insensitive, duplicates dropped, in the order
   * given).
   *
   * @throws UseCaseException (invalid) naming the first key that is not a column
   */
  public static List<BreadthIndicator> select(List<String> keys) {
    Set<BreadthIndicator> chosen = new LinkedHashSet<>();
    for (String raw : UseCaseException.requiredEach(keys, "indicators")) {
      String key = raw.strip().toLowerCase(Locale.ROOT);
      BreadthIndicator indicator = BY_KEY.get(key);
      if (indicator == null) {
        throw UseCaseException.invalid(
            "unknown breadth indicator '" + raw.strip() + "' (see /api/breadth/catalogue)");
      }
      chosen.add(indicator);
    }
    if (chosen.isEmpty()) {
      throw UseCaseException.invalid("name at least one breadth indicator");
    }
    return new ArrayList<>(chosen);
  }

  private static BreadthIndicator standard(
      String key, String name, String definition, String source, Kind kind) {
    return new BreadthIndicator(key, name, definition, source, kind, Columns.STANDARD);
  }

  private static BreadthIndicator catalogue(
      String key, String name, String definition, String source, Kind kind) {
    return new BreadthIndicator(key, name, definition, source, kind, Columns.ALL);
  }
}
