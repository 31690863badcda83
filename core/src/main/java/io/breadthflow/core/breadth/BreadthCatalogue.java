package io.breadthflow.core.breadth;

import io.breadthflow.core.domain.DailyPanel;
import io.breadthflow.core.domain.MemberMask;
import io.breadthflow.core.indicator.Ema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The breadth catalogue across a universe, one session at a time (O(symbols) per session, no
 * allocation but the row); {@link #compute} runs the same update over a panel.
 *
 * <p>Counting is {@link BreadthEngine}'s: a stock advances (A), declines (D) or is unchanged (U)
 * against its own previous close; a stock with no bar that session, or no earlier bar, is not
 * counted. A <i>counted session</i> has A + D + U &gt; 0. New 52-week highs (NH) / lows (NL) are
 * closes above the highest / below the lowest of the stock's previous 252 closes. Per column, with
 * its source and its warm-up, i.e. the first session on which it is defined when every stock has
 * bars from session 0 (sessions numbered from 0, the first update):
 *
 * <ul>
 *   <li>{@code adPercent} = (A − D)/(A + D)·100 (StockCharts ChartSchool "Advance-Decline Percent",
 *       which divides by total issues: the same without unchanged issues; A + D is kept, as the
 *       strategy language's {@code ad_percent} defines it); session 1, {@code NaN} when A + D = 0;
 *   <li>{@code adVolumeLine} = running sum of UpVol − DownVol from the first output session
 *       (ChartSchool "AD Volume Line"); the first output session; {@code adVolumePercent} = (UpVol
 *       − DownVol)/(UpVol + DownVol)·100, the volume analogue of AD percent (chosen over a
 *       denominator of total volume so that it is symmetric like AD percent); session 1, {@code
 *       NaN} when UpVol + DownVol = 0;
 *   <li>{@code rana} = (A − D)/(A + D)·1000 and {@code raOscillator} = EMA19 − EMA39 of RANA
 *       (McClellan Financial Publications' ratio-adjusted oscillator, ChartSchool "McClellan
 *       Oscillator"; ChartSchool's RANA omits the factor 1000, the McClellans' own keeps it and is
 *       followed), α = 2/(n+1), each EMA seeded with the SMA of its first n values as TA-Lib;
 *       sessions with A + D = 0 leave both EMAs unchanged and show {@code NaN}; session 39; {@code
 *       raSummation} = 1000 + running sum of the oscillator from the first output session on which
 *       it is defined (the NYSE-style summation index with its conventional 1000 start), carried
 *       over sessions without an oscillator;
 *   <li>{@code recordHighPercent} = NH/(NH + NL)·100 (ChartSchool "High-Low Index"), 50 (neither
 *       side) when NH + NL = 0, {@code NaN} while no stock has 252 previous closes; session 252;
 *       {@code highLowIndex} = its 10-session SMA (ChartSchool); session 261; {@code highsLowsLine}
 *       = running sum of NH − NL from the first output session (ChartSchool "New Highs-New Lows"),
 *       the first output session;
 *   <li>{@code pctAboveEma20} = 100 × share of the stocks with at least 20 closes whose close is
 *       above their EMA(20) (SMA-seeded, including this close); session 19; {@code pctGoldenCross}
 *       = 100 × share of the stocks with at least 200 closes whose SMA(50) is above their SMA(200)
 *       (the golden cross of ChartSchool "Moving Averages"); session 199; both treat values within
 *       1e-12 relative as equal, as {@link BreadthEngine} does;
 *   <li>{@code stix} = exponential average of A/(A + D)·100 with smoothing constant 0.09 (the
 *       Polymetric Report's STIX as in Colby, <i>The Encyclopedia of Technical Market
 *       Indicators</i>, 2003: today × 0.09 + yesterday × 0.91, about a 21-day EMA), seeded with the
 *       mean of its first 21 values (the TA-Lib convention used by every EMA here); sessions with A
 *       + D = 0 leave it unchanged; session 21;
 *   <li>{@code absoluteBreadth} = |A − D| (Fosback's Absolute Breadth Index, <i>Stock Market
 *       Logic</i>, 1976), on counted sessions, session 1; {@code absoluteBreadth10} = its SMA over
 *       the last 10 counted sessions; session 10;
 *   <li>{@code trinOpen10} = (ΣA/ΣD)/(ΣUpVol/ΣDownVol), sums over the last 10 counted sessions (the
 *       "open" 10-day TRIN of Arms, ChartSchool "Arms Index (TRIN)"); session 10, {@code NaN} when
 *       ΣD, ΣUpVol or ΣDownVol is 0;
 *   <li>{@code hindenburg}: a signal when all five of Miekka's criteria hold on the session, in
 *       their revised daily form (Wikipedia "Hindenburg Omen"): NH ≥ 2.8% of A + D (the issues that
 *       advance or decline; the original form used 2.2% of all issues traded, an older one 2.5%);
 *       NL ≥ 2.8% of A + D; the index above its value 50 sessions earlier (the daily form of "the
 *       10-week moving average is rising"); the (plain) McClellan oscillator of {@link
 *       BreadthEngine} negative; NH ≤ 2 × NL. The index is proxied by the equal-weight mean close
 *       of the stocks with a bar that session (a universe has no index of its own; the mean shifts
 *       when members join or leave, an accepted bias of the proxy). Confirmed when another signal
 *       occurred in the previous 36 sessions (the cluster rule). {@code NONE} until every criterion
 *       is defined: session 252;
 *   <li>{@code whaleyRatio} = ΣA/(ΣA + ΣD) over the last 5 counted sessions (Whaley's 5-day
 *       advance-decline thrust, ADT), and {@code whaleyThrust} up on the session it rises above
 *       0.7366 from at most that (a thrust), down on the session it falls below 0.1905 from at
 *       least that (a capitulation) (Whaley, "Planes, Trains and Automobiles", Charles H. Dow Award
 *       paper 2010; his February 2010 guest article used 73.5% for the up side, the paper's
 *       thresholds are used; the paper's up-volume thrust, 77.88% / 16.41%, and price thrust are
 *       not in the catalogue); ratio session 5 ({@code NaN} when ΣA + ΣD = 0), thrust session 6;
 *   <li>{@code ninetyPercentDay} up when up volume ≥ 90% of up + down volume and points gained ≥
 *       90% of points gained + lost (a stock's points: its close − previous close), down
 *       symmetrically (Desmond, "Identifying Bear Market Bottoms and New Bull Markets", Dow Award
 *       paper 2002: both the volume and the points test); session 1;
 *   <li>{@code bullishPercent} = 100 × share of the stocks with a bar that session and a
 *       point-and-figure signal whose signal is a buy (the Bullish Percent Index of Dorsey,
 *       ChartSchool "Bullish Percent Index"; one {@link PointAndFigure} per stock on its closes, a
 *       3-box reversal on the traditional box scale; stocks without a signal yet are not counted);
 *       from the first session on which a stock has a signal, which depends on the data (at the
 *       earliest session 3: an X, an O and an X column rising above the first).
 * </ul>
 *
 * Sessions before {@link #startOutput()} warm up the averages, extremes and signals only.
 *
 * <p>Point-in-time universes: {@link #update(LocalDate, double[], double[], boolean[])} counts only
 * the members of the session (in every column, the Hindenburg index proxy included), while every
 * stock's own averages, extremes and point-and-figure chart follow its whole history.
 */
public final class BreadthCatalogue {
  private static final double OMEN_SHARE = 0.028;
  private static final int OMEN_LOOKBACK = 50;
  private static final int OMEN_CLUSTER = 36;
  private static final double WHALEY_UP = 0.7366;
  private static final double WHALEY_DOWN = 0.1905;
  private static final double NINETY = 0.9;
  private static final double TIE_TOLERANCE = 1e-12;
  private static final double NEUTRAL_RECORD_HIGH = 50;

  private final SymbolTrack[] tracks;
  private final Ema[] ema20;
  private final PointAndFigure[] charts;
  private final Ema fastRana = new Ema(19);
  private final Ema slowRana = new Ema(39);
  private final Ema fastNet = new Ema(19);
  private final Ema slowNet = new Ema(39);
  private final ConstantAlphaEma stixAverage = new ConstantAlphaEma(21, 0.09);
  private final WindowSum recordHighs = new WindowSum(10);
  private final WindowSum absolute10 = new WindowSum(10);
  private final WindowSum advancers10 = new WindowSum(10);
  private final WindowSum decliners10 = new WindowSum(10);
  private final WindowSum upVolume10 = new WindowSum(10);
  private final WindowSum downVolume10 = new WindowSum(10);
  private final WindowSum advancers5 = new WindowSum(5);
  private final WindowSum decliners5 = new WindowSum(5);
  private final double[] indexHistory = new double[OMEN_LOOKBACK + 1];
  private long session;

  /** Session of the latest omen signal; initially far enough back to confirm nothing. */
  private long lastOmen = -(OMEN_CLUSTER + 1);

  private double previousWhaley = Double.NaN;
  private double stix = Double.NaN;
  private boolean output;
  private double adVolumeLine;
  private long highsLowsLine;
  private double summation = Double.NaN;

  /** A catalogue over {@code symbols} stocks, indexed 0 … symbols − 1 in every update. */
  public BreadthCatalogue(int symbols) {
    tracks = new SymbolTrack[symbols];
    ema20 = new Ema[symbols];
    charts = new PointAndFigure[symbols];
    for (int s = 0; s < symbols; s++) {
      tracks[s] = new SymbolTrack();
      ema20[s] = new Ema(20);
      charts[s] = new PointAndFigure();
    }
  }

  /**
   * Starts the output: the cumulative lines and the summation index count from the next session.
   */
  public void startOutput() {
    output = true;
    adVolumeLine = 0;
    highsLowsLine = 0;
    summation = Double.NaN;
  }

  /**
   * Adds one session: {@code close[s]} and {@code volume[s]} of stock s, {@code NaN} close where it
   * has no bar that session.
   */
  public CatalogueRow update(LocalDate date, double[] close, double[] volume) {
    return update(date, close, volume, null);
  }

  /**
   * As {@link #update(LocalDate, double[], double[])}, counting only the stocks with {@code
   * member[s]} true (all of them when {@code member} is {@code null}); the others' history still
   * advances.
   */
  public CatalogueRow update(LocalDate date, double[] close, double[] volume, boolean[] member) {
    int advancers = 0;
    int decliners = 0;
    int unchanged = 0;
    double upVolume = 0;
    double downVolume = 0;
    double upPoints = 0;
    double downPoints = 0;
    int newHighs = 0;
    int newLows = 0;
    int withYear = 0;
    int aboveEma = 0;
    int withEma = 0;
    int golden = 0;
    int with200 = 0;
    int withBar = 0;
    int buySignals = 0;
    int withSignal = 0;
    double closeSum = 0;
    for (int s = 0; s < tracks.length; s++) {
      double c = close[s];
      if (Double.isNaN(c)) {
        continue;
      }
      if (member != null && !member[s]) {
        tracks[s].add(c);
        ema20[s].update(c);
        charts[s].update(c);
        continue;
      }
      withBar++;
      closeSum += c;
      SymbolTrack track = tracks[s];
      double previous = track.previousClose();
      if (c > previous) {
        advancers++;
        upVolume += volume[s];
        upPoints += c - previous;
      } else if (c < previous) {
        decliners++;
        downVolume += volume[s];
        downPoints += previous - c;
      } else if (c == previous) {
        unchanged++;
      }
      if (track.hasYear()) {
        withYear++;
        newHighs += c > track.yearHigh() ? 1 : 0;
        newLows += c < track.yearLow() ? 1 : 0;
      }
      track.add(c);
      double ema = ema20[s].update(c);
      if (!Double.isNaN(ema)) {
        withEma++;
        aboveEma += isAbove(c, ema) ? 1 : 0;
      }
      double sma200 = track.sma200();
      if (!Double.isNaN(sma200)) {
        with200++;
        golden += isAbove(track.sma50(), sma200) ? 1 : 0;
      }
      Direction signal = charts[s].update(c);
      if (signal != Direction.NONE) {
        withSignal++;
        buySignals += signal == Direction.UP ? 1 : 0;
      }
    }
    int issues = advancers + decliners + unchanged;
    int net = advancers - decliners;
    double share = ratio(advancers, advancers + decliners);
    double rana = 1000 * ratio(net, advancers + decliners);
    double raOscillator = Double.NaN;
    if (!Double.isNaN(rana)) {
      raOscillator = fastRana.update(rana) - slowRana.update(rana);
      stix = stixAverage.update(100 * share);
    }
    double oscillator = Double.NaN;
    double absolute = Double.NaN;
    if (issues > 0) {
      oscillator = fastNet.update(net) - slowNet.update(net);
      absolute = Math.abs(net);
      absolute10.add(absolute);
      advancers10.add(advancers);
      decliners10.add(decliners);
      upVolume10.add(upVolume);
      downVolume10.add(downVolume);
      advancers5.add(advancers);
      decliners5.add(decliners);
    }
    double recordHigh = Double.NaN;
    if (withYear > 0) {
      recordHigh =
          newHighs + newLows == 0 ? NEUTRAL_RECORD_HIGH : 100.0 * newHighs / (newHighs + newLows);
      recordHighs.add(recordHigh);
    }
    double index = withBar == 0 ? Double.NaN : closeSum / withBar;
    double indexBefore = indexAgo();
    indexHistory[(int) (session % indexHistory.length)] = index;
    int movers = advancers + decliners;
    boolean omen =
        movers > 0
            && newHighs >= OMEN_SHARE * movers
            && newLows >= OMEN_SHARE * movers
            && index > indexBefore
            && oscillator < 0
            && newHighs <= 2 * newLows;
    Omen hindenburg = Omen.NONE;
    if (omen) {
      hindenburg = session - lastOmen <= OMEN_CLUSTER ? Omen.CONFIRMED : Omen.SIGNAL;
      lastOmen = session;
    }
    double whaley = ratio(advancers5.sum(), advancers5.sum() + decliners5.sum());
    Direction whaleyThrust = whaleyThrust(whaley);
    if (!Double.isNaN(whaley)) {
      previousWhaley = whaley;
    }
    if (output) {
      adVolumeLine += upVolume - downVolume;
      highsLowsLine += newHighs - newLows;
      if (!Double.isNaN(raOscillator)) {
        summation = (Double.isNaN(summation) ? 1000 : summation) + raOscillator;
      }
    }
    session++;
    return new CatalogueRow(
        date,
        advancers,
        decliners,
        unchanged,
        100 * ratio(net, advancers + decliners),
        adVolumeLine,
        100 * ratio(upVolume - downVolume, upVolume + downVolume),
        rana,
        raOscillator,
        summation,
        newHighs,
        newLows,
        recordHigh,
        recordHighs.sum() / 10,
        highsLowsLine,
        percent(aboveEma, withEma),
        percent(golden, with200),
        stix,
        absolute,
        absolute10.sum() / 10,
        ratio(
            ratio(advancers10.sum(), decliners10.sum()),
            ratio(upVolume10.sum(), downVolume10.sum())),
        hindenburg,
        whaley,
        whaleyThrust,
        ninetyPercentDay(upVolume, downVolume, upPoints, downPoints),
        percent(buySignals, withSignal));
  }

  /**
   * The catalogue of a whole panel: {@code close[s][t]}, {@code volume[s][t]} on {@code
   * sessions[t]}; sessions before {@code from} only warm up; one row per session from {@code from}
   * on.
   */
  public static List<CatalogueRow> compute(
      LocalDate[] sessions, double[][] close, double[][] volume, LocalDate from) {
    return compute(sessions, close, volume, from, MemberMask.all(close.length, sessions.length));
  }

  /**
   * As {@link #compute(LocalDate[], double[][], double[][], LocalDate)}, counting stock s on
   * session t only when {@code members} has it a member then.
   */
  public static List<CatalogueRow> compute(
      LocalDate[] sessions,
      double[][] close,
      double[][] volume,
      LocalDate from,
      MemberMask members) {
    int symbols = close.length;
    boolean[] memberAt = members.isAlways() ? null : new boolean[symbols];
    BreadthCatalogue catalogue = new BreadthCatalogue(symbols);
    double[] closeAt = new double[symbols];
    double[] volumeAt = new double[symbols];
    List<CatalogueRow> rows = new ArrayList<>();
    for (int t = 0; t < sessions.length; t++) {
      for (int s = 0; s < symbols; s++) {
        closeAt[s] = close[s][t];
        volumeAt[s] = volume[s][t];
      }
      if (memberAt != null) {
        members.session(t, memberAt);
      }
      boolean inRange = !sessions[t].isBefore(from);
      if (inRange && !catalogue.output) {
        catalogue.startOutput();
      }
      CatalogueRow row = catalogue.update(sessions[t], closeAt, volumeAt, memberAt);
      if (inRange) {
        rows.add(row);
      }
    }
    return rows;
  }

  /**
   * The catalogue of the panel's symbols at indices {@code members} only (a sector, any subset), as
   * {@link #compute(LocalDate[], double[][], double[][], LocalDate)}.
   */
  public static List<CatalogueRow> compute(DailyPanel panel, int[] members, LocalDate from) {
    return compute(
        panel, members, from, MemberMask.all(panel.symbols().size(), panel.sessions().length));
  }

  /**
   * As {@link #compute(DailyPanel, int[], LocalDate)}, counting a stock only on the sessions where
   * {@code mask} (over the whole panel) has it a member.
   */
  public static List<CatalogueRow> compute(
      DailyPanel panel, int[] members, LocalDate from, MemberMask mask) {
    double[][] close = new double[members.length][];
    double[][] volume = new double[members.length][];
    for (int i = 0; i < members.length; i++) {
      close[i] = panel.close()[members[i]];
      volume[i] = panel.volume()[members[i]];
    }
    MemberMask selected =
        mask.isAlways()
            ? MemberMask.all(members.length, panel.sessions().length)
            : mask.select(members);
    return compute(panel.sessions(), close, volume, from, selected);
  }

  private double indexAgo() {
    if (session < OMEN_LOOKBACK) {
      return Double.NaN;
    }
    return indexHistory[(int) ((session - OMEN_LOOKBACK) % indexHistory.length)];
  }

  private Direction whaleyThrust(double whaley) {
    if (whaley > WHALEY_UP && previousWhaley <= WHALEY_UP) {
      return Direction.UP;
    }
    if (whaley < WHALEY_DOWN && previousWhaley >= WHALEY_DOWN) {
      return Direction.DOWN;
    }
    return Direction.NONE;
  }

  private static Direction ninetyPercentDay(
      double upVolume, double downVolume, double upPoints, double downPoints) {
    double volume = upVolume + downVolume;
    double points = upPoints + downPoints;
    if (volume == 0 || points == 0) {
      return Direction.NONE;
    }
    if (upVolume >= NINETY * volume && upPoints >= NINETY * points) {
      return Direction.UP;
    }
    if (downVolume >= NINETY * volume && downPoints >= NINETY * points) {
      return Direction.DOWN;
    }
    return Direction.NONE;
  }

  private static boolean isAbove(double value, double reference) {
    return value - reference > TIE_TOLERANCE * reference;
  }

  private static double ratio(double numerator, double denominator) {
    return denominator == 0 ? Double.NaN : numerator / denominator;
  }

  private static double percent(int count, int of) {
    return of == 0 ? Double.NaN : 100.0 * count / of;
  }
}
