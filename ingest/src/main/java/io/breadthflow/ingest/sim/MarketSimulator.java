package io.breadthflow.ingest.sim;

import io.breadthflow.core.calendar.NyseCalendar;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.Instrument;
import io.breadthflow.ingest.universe.Universe;
import io.breadthflow.ingest.universe.Universes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * A seeded, deterministic multi-asset daily market on NYSE sessions, realistic enough for breadth
 * to behave as in real markets (broad rallies and sell-offs, thrusts after washouts, divergences),
 * with believable price levels: each stock closes at its reference price on {@link
 * Universes#REFERENCE_DATE} and drifts from there as a stock of its volatility does.
 *
 * <p>Model, per session t, from a fixed epoch ({@value #EPOCH}) so that any sub-range of the same
 * seed gives the same prices. All returns are log returns; annual figures assume 252 sessions.
 *
 * <ul>
 *   <li><b>regime</b>: a two-state Markov chain, bull and bear, leaving bull with probability 1%
 *       and bear with 4% per session (bull runs last 100 sessions on average, bear phases 25; 20%
 *       of sessions are bear). Bear: drift −0.10%/session, volatility × 1.8. The bull drift
 *       (+0.07%/session) is derived so that the market's long-run log return is 6.5%/yr, about
 *       8%/yr arithmetic at its 16–18% volatility.
 *   <li><b>market factor</b>: drift + regime·σ<sub>t</sub>·z with GARCH(1,1) variance
 *       σ²<sub>t</sub> = ω + 0.10·ε²<sub>t−1</sub> + 0.88·σ²<sub>t−1</sub> (ε the shock before the
 *       regime's scaling, so the variance is stationary; persistence 0.98, a shock's half-life 34
 *       sessions), long-run volatility 1.0%/session (15.9%/yr) averaged over both regimes; crash
 *       jumps with probability 0.4% per session (about one a year) of N(−2.5%, 2%), whose mean is
 *       part of the long-run drift above.
 *   <li><b>sector factors</b>: 0.6%·z per sector (9.5%/yr), scaled with the market's volatility
 *       relative to its long-run mean.
 *   <li><b>stocks</b>: r = β·market + sector + idiosyncratic (0.75–1.9%·z per session, 12–30%/yr,
 *       scaled likewise) + rare own jumps (0.2% of sessions, N(0, 6%)); β in [0.6, 1.4] per stock:
 *       total volatility 18–40%/yr. Sector, idiosyncratic and jump terms carry the −σ²/2 correction
 *       (σ their standard deviation that session), so they add no expected (arithmetic) return: a
 *       stock's expected return is β times the market's, and no stock drifts away by convexity.
 *   <li><b>bars</b>: open = previous close moved by 30% of r plus noise; high/low envelop open and
 *       close by a volatility-scaled margin; volume grows with |r|.
 *   <li><b>price level</b>: the path is scaled so that the close on {@link
 *       Universes#REFERENCE_DATE} is the reference price ({@link Universe#referencePrice(String)},
 *       {@link Universes#referencePrice(String)} for the members' variant), or, for a symbol
 *       without one, a level of 10–300 US dollars drawn from the symbol's random stream.
 * </ul>
 *
 * Random streams are derived from the seed and the names (market, sector, symbol), so adding a
 * symbol to the universe does not change the others' prices, and a reference price only scales a
 * symbol's path. Thread-safe: instances hold only the seed.
 */
public final class MarketSimulator {
  static final String EPOCH = "2000-01-03";
  private static final LocalDate START = LocalDate.parse(EPOCH);
  private static final LocalDate END = LocalDate.of(2030, 12, 31);
  private static final double SESSIONS_PER_YEAR = 252;

  private static final double BULL_EXIT = 0.01;
  private static final double BEAR_EXIT = 0.04;
  private static final double BEAR_SHARE = BULL_EXIT / (BULL_EXIT + BEAR_EXIT);
  private static final double BEAR_DRIFT = -0.0010;
  private static final double BEAR_VOLATILITY = 1.8;

  private static final double MARKET_LOG_DRIFT_PER_YEAR = 0.065;
  private static final double MARKET_VOLATILITY = 0.010;
  private static final double MARKET_JUMP_PROBABILITY = 0.004;
  private static final double MARKET_JUMP_MEAN = -0.025;
  private static final double MARKET_JUMP_SD = 0.02;
  private static final double BULL_DRIFT =
      (MARKET_LOG_DRIFT_PER_YEAR / SESSIONS_PER_YEAR
              - BEAR_SHARE * BEAR_DRIFT
              - MARKET_JUMP_PROBABILITY * MARKET_JUMP_MEAN)
          / (1 - BEAR_SHARE);

  /** Mean of the squared regime scaling: the long-run variance is split by it across regimes. */
  private static final double REGIME_MEAN_SQUARE =
      (1 - BEAR_SHARE) + BEAR_SHARE * BEAR_VOLATILITY * BEAR_VOLATILITY;

  private static final double LONG_RUN_VARIANCE =
      MARKET_VOLATILITY * MARKET_VOLATILITY / REGIME_MEAN_SQUARE;
  private static final double ARCH = 0.08;
  private static final double GARCH = 0.90;
  private static final double MAXIMUM_VARIANCE = 16 * LONG_RUN_VARIANCE;

  private static final double SECTOR_VOLATILITY = 0.006;
  private static final double LOWEST_BETA = 0.6;
  private static final double BETA_SPREAD = 0.8;
  private static final double LOWEST_IDIOSYNCRATIC = 0.0075;
  private static final double IDIOSYNCRATIC_SPREAD = 0.0100;
  private static final double STOCK_JUMP_PROBABILITY = 0.002;
  private static final double STOCK_JUMP_SD = 0.06;

  private final long seed;

  public MarketSimulator(long seed) {
    this.seed = seed;
  }

  /**
   * Daily bars of each member over the NYSE sessions from {@code from} to {@code to} (inclusive,
   * within 2000-01-03 … 2030-12-31), by symbol in the members' order; price levels from the {@code
   * sp100} reference prices ({@link Universes#referencePrice(String)}).
   */
  public Map<String, List<Bar>> dailyBars(List<Instrument> members, LocalDate from, LocalDate to) {
    return dailyBars(members, Universes::referencePrice, from, to);
  }

  /**
   * As {@link #dailyBars(List, LocalDate, LocalDate)} for the universe's members, with price levels
   * from the universe's own reference prices ({@link Universe#referencePrice(String)}).
   */
  public Map<String, List<Bar>> dailyBars(Universe universe, LocalDate from, LocalDate to) {
    return dailyBars(universe.members(), universe::referencePrice, from, to);
  }

  private Map<String, List<Bar>> dailyBars(
      List<Instrument> members,
      Function<String, OptionalDouble> referencePrice,
      LocalDate from,
      LocalDate to) {
    if (from.isBefore(START) || to.isAfter(END) || to.isBefore(from)) {
      throw new IllegalArgumentException(
          "the simulator covers " + EPOCH + " to " + END + ", asked " + from + " to " + to);
    }
    LocalDate last = to.isAfter(Universes.REFERENCE_DATE) ? to : Universes.REFERENCE_DATE;
    List<LocalDate> sessions = NyseCalendar.tradingDays(START, last);
    int anchor = NyseCalendar.tradingDays(START, Universes.REFERENCE_DATE).size() - 1;
    Market market = market(sessions.size());
    Map<String, double[]> sectors = new HashMap<>();
    Map<String, List<Bar>> bars = new LinkedHashMap<>();
    for (Instrument member : members) {
      double[] sector =
          sectors.computeIfAbsent(
              member.sector(), name -> sectorFactor(name, market.volatilityRatio));
      bars.put(
          member.symbol(),
          stock(
              member.symbol(),
              referencePrice.apply(member.symbol()),
              market,
              sector,
              sessions,
              anchor,
              from,
              to));
    }
    return bars;
  }

  /**
   * The market factor's log returns and its volatility relative to the long-run mean (mean square
   * 1), per session.
   */
  private record Market(double[] returns, double[] volatilityRatio) {}

  private Market market(int sessions) {
    SplittableRandom random = stream("market");
    double[] returns = new double[sessions];
    double[] ratio = new double[sessions];
    double variance = LONG_RUN_VARIANCE;
    double previousShock = 0;
    boolean bear = false;
    double omega = LONG_RUN_VARIANCE * (1 - ARCH - GARCH);
    for (int t = 0; t < sessions; t++) {
      bear = bear ? random.nextDouble() >= BEAR_EXIT : random.nextDouble() < BULL_EXIT;
      variance =
          Math.min(
              omega + ARCH * previousShock * previousShock + GARCH * variance, MAXIMUM_VARIANCE);
      double shock = Math.sqrt(variance) * random.nextGaussian();
      double regime = bear ? BEAR_VOLATILITY : 1.0;
      double jump =
          random.nextDouble() < MARKET_JUMP_PROBABILITY
              ? MARKET_JUMP_MEAN + MARKET_JUMP_SD * random.nextGaussian()
              : 0;
      returns[t] = (bear ? BEAR_DRIFT : BULL_DRIFT) + regime * shock + jump;
      ratio[t] = regime * Math.sqrt(variance / LONG_RUN_VARIANCE / REGIME_MEAN_SQUARE);
      previousShock = shock;
    }
    return new Market(returns, ratio);
  }

  private double[] sectorFactor(String sector, double[] volatilityRatio) {
    SplittableRandom random = stream("sector:" + sector);
    double[] factor = new double[volatilityRatio.length];
    double scale = sector.isEmpty() ? 0 : SECTOR_VOLATILITY;
    for (int t = 0; t < factor.length; t++) {
      double sd = scale * volatilityRatio[t];
      factor[t] = sd * random.nextGaussian() - 0.5 * sd * sd;
    }
    return factor;
  }

  private List<Bar> stock(
      String symbol,
      OptionalDouble referencePrice,
      Market market,
      double[] sector,
      List<LocalDate> sessions,
      int anchor,
      LocalDate from,
      LocalDate to) {
    SplittableRandom random = stream("symbol:" + symbol);
    double beta = LOWEST_BETA + BETA_SPREAD * random.nextDouble();
    double idiosyncratic = LOWEST_IDIOSYNCRATIC + IDIOSYNCRATIC_SPREAD * random.nextDouble();
    double fallbackLevel = 10 + 290 * random.nextDouble();
    double level = referencePrice.orElse(fallbackLevel);
    double baseVolume = 2e5 * Math.exp(3 * random.nextDouble());
    int first = firstIndexFrom(sessions, from);
    int count = lastIndexTo(sessions, to) - first + 1;
    double[] open = new double[count];
    double[] high = new double[count];
    double[] low = new double[count];
    double[] close = new double[count];
    double[] volume = new double[count];
    double logPrice = 0;
    double logAtAnchor = 0;
    for (int t = 0; t < sessions.size(); t++) {
      double vol = market.volatilityRatio[t];
      double jump =
          random.nextDouble() < STOCK_JUMP_PROBABILITY
              ? STOCK_JUMP_SD * random.nextGaussian() - 0.5 * STOCK_JUMP_SD * STOCK_JUMP_SD
              : 0;
      double sd = idiosyncratic * vol;
      double r =
          beta * market.returns[t] + sector[t] + sd * random.nextGaussian() - 0.5 * sd * sd + jump;
      double overnight = 0.3 * r + 0.002 * random.nextGaussian();
      double margin = sd * 0.5;
      double highMove = margin * Math.abs(random.nextGaussian());
      double lowMove = margin * Math.abs(random.nextGaussian());
      double shares =
          Math.rint(baseVolume * Math.exp(0.25 * random.nextGaussian()) * (1 + 20 * Math.abs(r)));
      int i = t - first;
      if (i >= 0 && i < count) {
        open[i] = logPrice + overnight;
        close[i] = logPrice + r;
        high[i] = Math.max(open[i], close[i]) + highMove;
        low[i] = Math.min(open[i], close[i]) - lowMove;
        volume[i] = shares;
      }
      logPrice += r;
      if (t == anchor) {
        logAtAnchor = logPrice;
      }
    }
    double shift = Math.log(level) - logAtAnchor;
    List<Bar> bars = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      bars.add(
          Bar.daily(
              symbol,
              sessions.get(first + i),
              price(open[i] + shift),
              price(high[i] + shift),
              price(low[i] + shift),
              price(close[i] + shift),
              volume[i]));
    }
    return bars;
  }

  private static int firstIndexFrom(List<LocalDate> sessions, LocalDate from) {
    int t = 0;
    while (t < sessions.size() && sessions.get(t).isBefore(from)) {
      t++;
    }
    return t;
  }

  private static int lastIndexTo(List<LocalDate> sessions, LocalDate to) {
    int t = sessions.size() - 1;
    while (t >= 0 && sessions.get(t).isAfter(to)) {
      t--;
    }
    return t;
  }

  /** The price of a log price, to the cent's hundredth, as data vendors publish them. */
  private static double price(double logPrice) {
    return Math.rint(Math.exp(logPrice) * 10_000) / 10_000;
  }

  private SplittableRandom stream(String name) {
    long h = seed * 0x9E3779B97F4A7C15L;
    for (int i = 0; i < name.length(); i++) {
      h = (h ^ name.charAt(i)) * 0x100000001B3L;
    }
    return new SplittableRandom(h);
  }
}
