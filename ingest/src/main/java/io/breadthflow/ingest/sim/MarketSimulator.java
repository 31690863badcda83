package io.breadthflow.ingest.sim;

import io.breadthflow.core.calendar.NyseCalendar;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.Instrument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A seeded, deterministic multi-asset daily market on NYSE sessions, realistic enough for breadth
 * to behave as in real markets (broad rallies and sell-offs, thrusts after washouts, divergences).
 *
 * <p>Model, per session t, from a fixed epoch ({@value #EPOCH}) so that any sub-range of the same
 * seed gives the same prices:
 *
 * <ul>
 *   <li><b>regime</b>: a two-state Markov chain, bull (drift +0.06%/day) and bear (−0.08%/day,
 *       volatility × 1.8), leaving bull with probability 1% and bear with 4% per session;
 *   <li><b>market factor</b>: drift + σ<sub>t</sub>·z with GARCH(1,1) variance σ²<sub>t</sub> = ω +
 *       0.10·ε²<sub>t−1</sub> + 0.88·σ²<sub>t−1</sub> (long-run 1%/day, ε the shock before the
 *       regime's scaling, so the variance stays stationary): volatility clusters; jumps with
 *       probability 1% of N(−2%, 3%);
 *   <li><b>sector factors</b>: 0.6%·z per sector, scaled with the market's volatility;
 *   <li><b>stocks</b>: r = β·market + sector + idiosyncratic (1.0–2.0%·z, scaled likewise) and rare
 *       own jumps (0.2%); β in [0.6, 1.4] per stock. Open = previous close moved by 30% of r plus
 *       noise; high/low envelop open and close by a volatility-scaled margin; volume grows with
 *       |r|.
 * </ul>
 *
 * Random streams are derived from the seed and the names (market, sector, symbol), so adding a
 * symbol to the universe does not change the others' prices.
 */
public final class MarketSimulator {
  static final String EPOCH = "2000-01-03";
  private static final LocalDate START = LocalDate.parse(EPOCH);
  private static final double LONG_RUN_VARIANCE = 0.01 * 0.01;
  private static final double ARCH = 0.10;
  private static final double GARCH = 0.88;

  private final long seed;

  public MarketSimulator(long seed) {
    this.seed = seed;
  }

  /**
   * Daily bars of each member over the NYSE sessions from {@code from} to {@code to} (inclusive,
   * within 2000-01-03 … 2030-12-31), by symbol in the members' order.
   */
  public Map<String, List<Bar>> dailyBars(List<Instrument> members, LocalDate from, LocalDate to) {
    if (from.isBefore(START) || to.isAfter(LocalDate.of(2030, 12, 31)) || to.isBefore(from)) {
      throw new IllegalArgumentException(
          "the simulator covers " + EPOCH + " to 2030-12-31, asked " + from + " to " + to);
    }
    List<LocalDate> sessions = NyseCalendar.tradingDays(START, to);
    Market market = market(sessions.size());
    Map<String, double[]> sectors = new HashMap<>();
    Map<String, List<Bar>> bars = new java.util.LinkedHashMap<>();
    for (Instrument member : members) {
      double[] sector =
          sectors.computeIfAbsent(
              member.sector(), name -> sectorFactor(name, market.volatilityRatio));
      bars.put(member.symbol(), stock(member.symbol(), market, sector, sessions, from));
    }
    return bars;
  }

  /** The market factor's returns and its volatility relative to the long run, per session. */
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
      bear = bear ? random.nextDouble() >= 0.04 : random.nextDouble() < 0.01;
      variance = omega + ARCH * previousShock * previousShock + GARCH * variance;
      double shock = Math.sqrt(variance) * random.nextGaussian();
      double regime = bear ? 1.8 : 1.0;
      double jump = random.nextDouble() < 0.01 ? -0.02 + 0.03 * random.nextGaussian() : 0;
      returns[t] = (bear ? -0.0008 : 0.0006) + regime * shock + jump;
      ratio[t] = regime * Math.sqrt(variance / LONG_RUN_VARIANCE);
      previousShock = shock;
    }
    return new Market(returns, ratio);
  }

  private double[] sectorFactor(String sector, double[] volatilityRatio) {
    SplittableRandom random = stream("sector:" + sector);
    double[] factor = new double[volatilityRatio.length];
    double scale = sector.isEmpty() ? 0 : 0.006;
    for (int t = 0; t < factor.length; t++) {
      factor[t] = scale * volatilityRatio[t] * random.nextGaussian();
    }
    return factor;
  }

  private List<Bar> stock(
      String symbol, Market market, double[] sector, List<LocalDate> sessions, LocalDate from) {
    SplittableRandom random = stream("symbol:" + symbol);
    double beta = 0.6 + 0.8 * random.nextDouble();
    double idiosyncratic = 0.010 + 0.010 * random.nextDouble();
    double price = 10 + 290 * random.nextDouble();
    double baseVolume = 2e5 * Math.exp(3 * random.nextDouble());
    List<Bar> bars = new ArrayList<>();
    for (int t = 0; t < sessions.size(); t++) {
      double vol = market.volatilityRatio[t];
      double jump = random.nextDouble() < 0.002 ? 0.06 * random.nextGaussian() : 0;
      double r =
          beta * market.returns[t] + sector[t] + idiosyncratic * vol * random.nextGaussian() + jump;
      double overnight = 0.3 * r + 0.002 * random.nextGaussian();
      double open = price * Math.exp(overnight);
      double close = price * Math.exp(r);
      double margin = idiosyncratic * vol * 0.5;
      double high = Math.max(open, close) * Math.exp(margin * Math.abs(random.nextGaussian()));
      double low = Math.min(open, close) * Math.exp(-margin * Math.abs(random.nextGaussian()));
      double volume =
          Math.rint(baseVolume * Math.exp(0.25 * random.nextGaussian()) * (1 + 20 * Math.abs(r)));
      if (!sessions.get(t).isBefore(from)) {
        bars.add(
            Bar.daily(
                symbol,
                sessions.get(t),
                round(open),
                round(high),
                round(low),
                round(close),
                volume));
      }
      price = close;
    }
    return bars;
  }

  /** Prices to the cent's hundredth, as data vendors publish them. */
  private static double round(double price) {
    return Math.rint(price * 10_000) / 10_000;
  }

  private SplittableRandom stream(String name) {
    long h = seed * 0x9E3779B97F4A7C15L;
    for (int i = 0; i < name.length(); i++) {
      h = (h ^ name.charAt(i)) * 0x100000001B3L;
    }
    return new SplittableRandom(h);
  }
}
