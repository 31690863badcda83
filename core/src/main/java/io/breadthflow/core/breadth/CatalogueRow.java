package io.breadthflow.core.breadth;

import java.time.LocalDate;
import java.util.List;

/**
 * The breadth catalogue of one session across a universe; {@code NaN} marks a value that is not yet
 * defined or undefined that session (see {@link BreadthCatalogue} for every definition, source and
 * warm-up).
 *
 * @param date the session
 * @param advancers stocks whose close is above their own previous close
 * @param decliners stocks whose close is below their own previous close
 * @param unchanged stocks whose close equals their own previous close
 * @param adPercent (A − D)/(A + D) · 100
 * @param adVolumeLine running sum of up volume − down volume from the first output session
 * @param adVolumePercent (UpVol − DownVol)/(UpVol + DownVol) · 100
 * @param rana ratio-adjusted net advances (A − D)/(A + D) · 1000
 * @param raOscillator ratio-adjusted McClellan oscillator, EMA19 − EMA39 of RANA
 * @param raSummation NYSE-style ratio-adjusted summation index, 1000 + running sum of the
 *     oscillator
 * @param newHighs stocks closing above the highest of their previous 252 closes
 * @param newLows stocks closing below the lowest of their previous 252 closes
 * @param recordHighPercent new highs / (new highs + new lows) · 100 (50 when both are zero)
 * @param highLowIndex 10-session simple average of the record-high percent
 * @param highsLowsLine running sum of new highs − new lows from the first output session
 * @param pctAboveEma20 percentage of stocks with 20 closes whose close is above their EMA(20)
 * @param pctGoldenCross percentage of stocks with 200 closes whose SMA(50) is above their SMA(200)
 * @param stix 9% exponential average of A/(A + D) · 100
 * @param absoluteBreadth |A − D|
 * @param absoluteBreadth10 10-session simple average of |A − D|
 * @param trinOpen10 (ΣA/ΣD)/(ΣUpVol/ΣDownVol) over the last 10 sessions
 * @param hindenburg Hindenburg Omen: none, signal, or confirmed signal
 * @param whaleyRatio ΣA/(ΣA + ΣD) over the last 5 sessions
 * @param whaleyThrust up on the session the Whaley ratio rises above 0.7366, down on the session it
 *     falls below 0.1905
 * @param ninetyPercentDay up or down on a Desmond 90% day
 * @param bullishPercent Bullish Percent Index: percentage of the stocks with a point-and-figure
 *     signal whose signal is a buy
 */
public record CatalogueRow(
    LocalDate date,
    int advancers,
    int decliners,
    int unchanged,
    double adPercent,
    double adVolumeLine,
    double adVolumePercent,
    double rana,
    double raOscillator,
    double raSummation,
    int newHighs,
    int newLows,
    double recordHighPercent,
    double highLowIndex,
    long highsLowsLine,
    double pctAboveEma20,
    double pctGoldenCross,
    double stix,
    double absoluteBreadth,
    double absoluteBreadth10,
    double trinOpen10,
    Omen hindenburg,
    double whaleyRatio,
    Direction whaleyThrust,
    Direction ninetyPercentDay,
    double bullishPercent) {

  /** The column names, in order: the CSV header and JSON keys of the catalogue, declared once. */
  public static final List<String> COLUMNS =
      List.of(
          "date",
          "advancers",
          "decliners",
          "unchanged",
          "ad_percent",
          "ad_volume_line",
          "ad_volume_percent",
          "rana",
          "ra_mcclellan_osc",
          "ra_mcclellan_sum",
          "new_highs_52w",
          "new_lows_52w",
          "record_high_percent",
          "high_low_index",
          "highs_lows_line",
          "pct_above_ema20",
          "pct_golden_cross",
          "stix",
          "abi",
          "abi_sma10",
          "trin_open10",
          "hindenburg",
          "whaley_ratio5",
          "whaley_thrust",
          "ninety_percent_day",
          "bullish_percent");

  /** The values in {@link #COLUMNS} order (boxed: for output, not for the hot path). */
  public List<Object> values() {
    return List.of(
        date,
        advancers,
        decliners,
        unchanged,
        adPercent,
        adVolumeLine,
        adVolumePercent,
        rana,
        raOscillator,
        raSummation,
        newHighs,
        newLows,
        recordHighPercent,
        highLowIndex,
        highsLowsLine,
        pctAboveEma20,
        pctGoldenCross,
        stix,
        absoluteBreadth,
        absoluteBreadth10,
        trinOpen10,
        hindenburg,
        whaleyRatio,
        whaleyThrust,
        ninetyPercentDay,
        bullishPercent);
  }
}
