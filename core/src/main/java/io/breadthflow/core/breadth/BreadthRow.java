package io.breadthflow.core.breadth;

import java.time.LocalDate;
import java.util.List;

/**
 * Market breadth of one session across a universe; {@code NaN} marks a value that is undefined that
 * session (see {@link BreadthEngine} for every definition).
 *
 * @param date the session
 * @param advancers stocks whose close is above their own previous close
 * @param decliners stocks whose close is below their own previous close
 * @param unchanged stocks whose close equals their own previous close
 * @param netAdvances advancers − decliners
 * @param adLine running sum of net advances from the first output session
 * @param adRatio advancers / decliners
 * @param upVolume volume of the advancers
 * @param downVolume volume of the decliners
 * @param trin Arms index (A/D)/(UpVol/DownVol)
 * @param mcclellanOscillator EMA19 − EMA39 of net advances
 * @param mcclellanSummation running sum of the oscillator from the first output session
 * @param pctAboveSma50 percentage of stocks with 50 closes whose close is above their SMA(50)
 * @param pctAboveSma200 percentage of stocks with 200 closes whose close is above their SMA(200)
 * @param newHighs52w stocks closing above the highest of their previous 252 closes
 * @param newLows52w stocks closing below the lowest of their previous 252 closes
 * @param zbtEma10 10-session EMA of A/(A+D), the Zweig breadth thrust line
 * @param zbtThrust true on the session the thrust line crosses above 0.615 having been below 0.40
 *     within the previous 10 sessions
 */
public record BreadthRow(
    LocalDate date,
    int advancers,
    int decliners,
    int unchanged,
    int netAdvances,
    long adLine,
    double adRatio,
    double upVolume,
    double downVolume,
    double trin,
    double mcclellanOscillator,
    double mcclellanSummation,
    double pctAboveSma50,
    double pctAboveSma200,
    int newHighs52w,
    int newLows52w,
    double zbtEma10,
    boolean zbtThrust) {

  /**
   * The column names, in order: the CSV header of {@code bf breadth} and the JSON keys of the API,
   * declared once.
   */
  public static final List<String> COLUMNS =
      List.of(
          "date",
          "advancers",
          "decliners",
          "unchanged",
          "net_advances",
          "ad_line",
          "ad_ratio",
          "up_volume",
          "down_volume",
          "trin",
          "mcclellan_osc",
          "mcclellan_sum",
          "pct_above_sma50",
          "pct_above_sma200",
          "new_highs_52w",
          "new_lows_52w",
          "zbt_ema10",
          "zbt_thrust");

  /** The values in {@link #COLUMNS} order (boxed: for output, not for the hot path). */
  public List<Object> values() {
    return List.of(
        date,
        advancers,
        decliners,
        unchanged,
        netAdvances,
        adLine,
        adRatio,
        upVolume,
        downVolume,
        trin,
        mcclellanOscillator,
        mcclellanSummation,
        pctAboveSma50,
        pctAboveSma200,
        newHighs52w,
        newLows52w,
        zbtEma10,
        zbtThrust);
  }
}
