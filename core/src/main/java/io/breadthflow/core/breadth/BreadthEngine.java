package io.breadthflow.core.breadth;

import io.breadthflow.core.domain.MemberMask;
import io.breadthflow.core.indicator.Ema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Market breadth across a universe, one session at a time (O(symbols) per session, no allocation
 * but the row).
 *
 * <p>Definitions, per session:
 *
 * <ul>
 *   <li>a stock <b>advances</b> when its close is above its own previous close, <b>declines</b>
 *       when below, is <b>unchanged</b> when equal; a stock with no bar that session, or no earlier
 *       bar, is not counted;
 *   <li>{@code ad_line} = running sum of net advances (A − D) from the first output session; {@code
 *       ad_ratio} = A/D; up/down volume = volume of the advancers/decliners; {@code trin} =
 *       (A/D)/(UpVol/DownVol); ratios are undefined when a denominator is zero;
 *   <li>McClellan oscillator = EMA19 − EMA39 of net advances (α = 2/(n+1), each seeded with the SMA
 *       of its first n values, as TA-Lib); the series starts at the first session with a counted
 *       stock; summation index = running sum of the oscillator from the first output session on
 *       which it is defined;
 *   <li>{@code pct_above_smaN} = 100 × share of the stocks with at least N closes whose close is
 *       above their SMA(N) (closes of the stock's own bars, including this session's; a close
 *       within 1e-12 relative of its SMA is equal to it, as it is in decimal arithmetic);
 *   <li>new 52-week high/low = close above the highest / below the lowest of the stock's previous
 *       252 closes (stocks with 252 previous closes only);
 *   <li>{@code zbt_ema10} = 10-session SMA-seeded EMA of A/(A+D); {@code zbt_thrust} = true on the
 *       session it crosses above 0.615 having been below 0.40 within the previous 10 sessions.
 * </ul>
 *
 * Sessions before {@link #startOutput()} warm up the averages and extremes only.
 *
 * <p>Point-in-time universes: {@link #update(LocalDate, double[], double[], boolean[])} counts only
 * the members of the session, while every stock's previous close, averages and 52-week extremes
 * follow its whole history, so a stock that joins is counted with warm averages from its first
 * member session, and one that left stops being counted.
 */
public final class BreadthEngine {
  private static final double TIE_TOLERANCE = 1e-12;
  private final SymbolTrack[] tracks;
  private final Ema fastNetAdvances = new Ema(19);
  private final Ema slowNetAdvances = new Ema(39);
  private final ZweigThrust zweig = new ZweigThrust();
  private boolean output;
  private long adLine;
  private double summation = Double.NaN;

  /** Breadth over {@code symbols} stocks, indexed 0 … symbols − 1 in every update. */
  public BreadthEngine(int symbols) {
    tracks = new SymbolTrack[symbols];
    for (int s = 0; s < symbols; s++) {
      tracks[s] = new SymbolTrack();
    }
  }

  /** Starts the output: the A/D line and the summation index count from the next session. */
  public void startOutput() {
    output = true;
    adLine = 0;
    summation = Double.NaN;
  }

  /**
   * Adds one session: {@code close[s]} and {@code volume[s]} of stock s, {@code NaN} close where it
   * has no bar that session.
   */
  public BreadthRow update(LocalDate date, double[] close, double[] volume) {
    return update(date, close, volume, null);
  }

  /**
   * As {@link #update(LocalDate, double[], double[])}, counting only the stocks with {@code
   * member[s]} true (all of them when {@code member} is {@code null}); the others' history still
   * advances.
   */
  public BreadthRow update(LocalDate date, double[] close, double[] volume, boolean[] member) {
    int advancers = 0;
    int decliners = 0;
    int unchanged = 0;
    double upVolume = 0;
    double downVolume = 0;
    int above50 = 0;
    int with50 = 0;
    int above200 = 0;
    int with200 = 0;
    int newHighs = 0;
    int newLows = 0;
    for (int s = 0; s < tracks.length; s++) {
      double c = close[s];
      if (Double.isNaN(c)) {
        continue;
      }
      SymbolTrack track = tracks[s];
      if (member != null && !member[s]) {
        track.add(c);
        continue;
      }
      double previous = track.previousClose();
      if (c > previous) {
        advancers++;
        upVolume += volume[s];
      } else if (c < previous) {
        decliners++;
        downVolume += volume[s];
      } else if (c == previous) {
        unchanged++;
      }
      if (track.hasYear()) {
        newHighs += c > track.yearHigh() ? 1 : 0;
        newLows += c < track.yearLow() ? 1 : 0;
      }
      track.add(c);
      double sma50 = track.sma50();
      if (!Double.isNaN(sma50)) {
        with50++;
        above50 += isAbove(c, sma50) ? 1 : 0;
      }
      double sma200 = track.sma200();
      if (!Double.isNaN(sma200)) {
        with200++;
        above200 += isAbove(c, sma200) ? 1 : 0;
      }
    }
    int net = advancers - decliners;
    double oscillator = Double.NaN;
    if (advancers + decliners + unchanged > 0) {
      oscillator = fastNetAdvances.update(net) - slowNetAdvances.update(net);
    }
    double zbt =
        zweig.update(
            advancers + decliners == 0 ? Double.NaN : (double) advancers / (advancers + decliners));
    if (output) {
      adLine += net;
      if (!Double.isNaN(oscillator)) {
        summation = Double.isNaN(summation) ? oscillator : summation + oscillator;
      }
    }
    return new BreadthRow(
        date,
        advancers,
        decliners,
        unchanged,
        net,
        adLine,
        ratio(advancers, decliners),
        upVolume,
        downVolume,
        trin(advancers, decliners, upVolume, downVolume),
        oscillator,
        summation,
        percent(above50, with50),
        percent(above200, with200),
        newHighs,
        newLows,
        zbt,
        zweig.thrust());
  }

  /**
   * Breadth of a whole panel: {@code close[s][t]}, {@code volume[s][t]} on {@code sessions[t]};
   * sessions before {@code from} only warm up; one row per session from {@code from} on.
   */
  public static List<BreadthRow> compute(
      LocalDate[] sessions, double[][] close, double[][] volume, LocalDate from) {
    return compute(sessions, close, volume, from, MemberMask.all(close.length, sessions.length));
  }

  /**
   * As {@link #compute(LocalDate[], double[][], double[][], LocalDate)}, counting stock s on
   * session t only when {@code members} has it a member then.
   */
  public static List<BreadthRow> compute(
      LocalDate[] sessions,
      double[][] close,
      double[][] volume,
      LocalDate from,
      MemberMask members) {
    int symbols = close.length;
    boolean[] memberAt = members.isAlways() ? null : new boolean[symbols];
    BreadthEngine engine = new BreadthEngine(symbols);
    double[] closeAt = new double[symbols];
    double[] volumeAt = new double[symbols];
    List<BreadthRow> rows = new ArrayList<>();
    for (int t = 0; t < sessions.length; t++) {
      for (int s = 0; s < symbols; s++) {
        closeAt[s] = close[s][t];
        volumeAt[s] = volume[s][t];
      }
      if (memberAt != null) {
        members.session(t, memberAt);
      }
      boolean inRange = !sessions[t].isBefore(from);
      if (inRange && !engine.output) {
        engine.startOutput();
      }
      BreadthRow row = engine.update(sessions[t], closeAt, volumeAt, memberAt);
      if (inRange) {
        rows.add(row);
      }
    }
    return rows;
  }

  /**
   * Close above its average by more than binary rounding: a running sum carries errors of about
   * 1e-15 relative, so a close that equals its SMA in decimal arithmetic must not count as above.
   */
  private static boolean isAbove(double close, double average) {
    return close - average > TIE_TOLERANCE * average;
  }

  private static double ratio(double numerator, double denominator) {
    return denominator == 0 ? Double.NaN : numerator / denominator;
  }

  private static double trin(int advancers, int decliners, double upVolume, double downVolume) {
    return ratio(ratio(advancers, decliners), ratio(upVolume, downVolume));
  }

  private static double percent(int count, int of) {
    return of == 0 ? Double.NaN : 100.0 * count / of;
  }
}
