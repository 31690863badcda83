package io.breadthflow.core.strategy;

import io.breadthflow.core.indicator.Ema;
import io.breadthflow.core.indicator.RollingExtreme;
import io.breadthflow.core.indicator.SeriesIndicator;
import io.breadthflow.core.indicator.Sma;
import io.breadthflow.core.strategy.Condition.All;
import io.breadthflow.core.strategy.Condition.Any;
import io.breadthflow.core.strategy.Condition.BreadthTest;
import io.breadthflow.core.strategy.Condition.SymbolTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Runs a {@link StrategyProgram} one session at a time: {@link #onSession} takes the session's
 * closes of every symbol and writes the wanted direction of every symbol (1 long, 0 flat). The
 * backtester ({@link RulesStrategy}) and the streaming job call the same method with the same
 * closes, so they decide the same.
 *
 * <p>State: per symbol, the series the conditions read and the averages and 52-week extremes
 * breadth needs; per scope (the universe, then each sector in name order), the McClellan averages
 * and the A/D line. Breadth counts follow {@link io.breadthflow.core.breadth.BreadthEngine}: a
 * stock with no bar that session, or no earlier bar, is not counted; a close within 1e-12 relative
 * of its average is equal to it. A symbol without a bar keeps its direction. Members are the
 * symbols with an entry in the sector map; others (e.g. a benchmark) are ignored and stay flat.
 *
 * <p>Point-in-time universes: {@link #onSession(double[], boolean[], int[])} takes the session's
 * members; breadth then counts only them, while every symbol's previous close, averages and 52-week
 * extremes follow its whole history, as {@link
 * io.breadthflow.core.breadth.BreadthEngine#update(java.time.LocalDate, double[], double[],
 * boolean[])} does. The symbol conditions are unaffected (the backtester trades a symbol only while
 * a member).
 *
 * <p>Memory O(symbols × (series + 700)) doubles; O(symbols × conditions) time and no allocation per
 * session. Not thread-safe: one evaluator per run or per keyed stream.
 */
public final class StrategyEvaluator {
  private static final double TIE_TOLERANCE = 1e-12;
  private static final int YEAR = 252;
  private static final int MEASURES = BreadthMeasure.values().length;

  private final int symbols;
  private final int scopeCount;
  private final boolean[] member;
  private final boolean[] traded;
  private final int[] sectorScope;
  private final int[] indicatorSlot;
  private final SeriesIndicator[] indicators;
  private final double[] value;
  private final double[] previous;
  private final Sma[] sma50;
  private final Sma[] sma200;
  private final Ema[] ema20;
  private final RollingExtreme[] yearHigh;
  private final RollingExtreme[] yearLow;
  private final double[] lastClose;
  private final int[] closes;
  private final int[] advancers;
  private final int[] decliners;
  private final int[] unchanged;
  private final int[] above50;
  private final int[] with50;
  private final int[] above200;
  private final int[] with200;
  private final int[] aboveEma;
  private final int[] withEma;
  private final int[] newHighs;
  private final int[] newLows;
  private final Ema[] fastNet;
  private final Ema[] slowNet;
  private final long[] adLine;
  private final double[] measure;
  private final double[] previousMeasure;
  private final int[] position;
  private final transient List<String> scopes;
  private final transient Node entry;
  private final transient Node exit;

  /**
   * @param program the strategy
   * @param symbols the symbols of every {@link #onSession} array, index s
   * @param sectorOf the members of the universe with their GICS sector (empty when unknown)
   */
  public StrategyEvaluator(
      StrategyProgram program, List<String> symbols, Map<String, String> sectorOf) {
    this.symbols = symbols.size();
    TreeSet<String> sectorNames = new TreeSet<>();
    for (String symbol : symbols) {
      String sector = sectorOf.get(symbol);
      if (sector != null && !sector.isEmpty()) {
        sectorNames.add(sector);
      }
    }
    List<String> scopeNames = new ArrayList<>();
    scopeNames.add("");
    scopeNames.addAll(sectorNames);
    scopes = List.copyOf(scopeNames);
    scopeCount = scopes.size();
    member = new boolean[this.symbols];
    traded = new boolean[this.symbols];
    sectorScope = new int[this.symbols];
    for (int s = 0; s < this.symbols; s++) {
      String sector = sectorOf.get(symbols.get(s));
      member[s] = sector != null;
      traded[s] = member[s] && (program.sector().isEmpty() || program.sector().equals(sector));
      sectorScope[s] = sector == null || sector.isEmpty() ? -1 : scopes.indexOf(sector);
    }
    List<Operand.Series> series = program.series();
    indicatorSlot = new int[series.size()];
    int slots = 0;
    for (int k = 0; k < series.size(); k++) {
      indicatorSlot[k] = series.get(k).kind() == SeriesKind.CLOSE ? -1 : slots++;
    }
    indicators = new SeriesIndicator[slots * this.symbols];
    for (int k = 0; k < series.size(); k++) {
      Operand.Series one = series.get(k);
      for (int s = 0; indicatorSlot[k] >= 0 && s < this.symbols; s++) {
        indicators[indicatorSlot[k] * this.symbols + s] = one.kind().create(one.period());
      }
    }
    value = nan(series.size() * this.symbols);
    previous = nan(series.size() * this.symbols);
    boolean breadth = program.reads(Scope.UNIVERSE) || program.reads(Scope.SECTOR);
    int tracked = breadth ? this.symbols : 0;
    sma50 = new Sma[tracked];
    sma200 = new Sma[tracked];
    ema20 = new Ema[tracked];
    yearHigh = new RollingExtreme[tracked];
    yearLow = new RollingExtreme[tracked];
    for (int s = 0; s < tracked; s++) {
      sma50[s] = new Sma(50);
      sma200[s] = new Sma(200);
      ema20[s] = new Ema(20);
      yearHigh[s] = RollingExtreme.highest(YEAR);
      yearLow[s] = RollingExtreme.lowest(YEAR);
    }
    lastClose = nan(tracked);
    closes = new int[tracked];
    int counted = breadth ? scopeCount : 0;
    advancers = new int[counted];
    decliners = new int[counted];
    unchanged = new int[counted];
    above50 = new int[counted];
    with50 = new int[counted];
    above200 = new int[counted];
    with200 = new int[counted];
    aboveEma = new int[counted];
    withEma = new int[counted];
    newHighs = new int[counted];
    newLows = new int[counted];
    fastNet = new Ema[counted];
    slowNet = new Ema[counted];
    for (int g = 0; g < counted; g++) {
      fastNet[g] = new Ema(19);
      slowNet[g] = new Ema(39);
    }
    adLine = new long[counted];
    measure = nan(counted * MEASURES);
    previousMeasure = nan(counted * MEASURES);
    position = new int[this.symbols];
    entry = compile(program.entry(), series);
    exit = program.exit() == null ? null : compile(program.exit(), series);
  }

  /**
   * Adds one session: {@code close[s]} of symbol s, {@code NaN} where it has no bar; writes the
   * wanted direction of every symbol into {@code direction} (1 long, 0 flat).
   */
  public void onSession(double[] close, int[] direction) {
    onSession(close, null, direction);
  }

  /**
   * As {@link #onSession(double[], int[])}, breadth counting only the symbols with {@code
   * sessionMember[s]} true (every member of the universe when {@code sessionMember} is {@code
   * null}); the others' breadth history still advances.
   */
  public void onSession(double[] close, boolean[] sessionMember, int[] direction) {
    if (close.length != symbols || direction.length != symbols) {
      throw new IllegalArgumentException(
          "expected " + symbols + " closes and directions, got " + close.length);
    }
    if (sessionMember != null && sessionMember.length != symbols) {
      throw new IllegalArgumentException(
          "expected " + symbols + " member flags, got " + sessionMember.length);
    }
    updateSeries(close);
    if (advancers.length > 0) {
      updateBreadth(close, sessionMember);
    }
    for (int s = 0; s < symbols; s++) {
      if (traded[s] && !Double.isNaN(close[s])) {
        boolean enter = entry.test(s, this);
        if (position[s] == 0) {
          position[s] = enter && (exit == null || !exit.test(s, this)) ? 1 : 0;
        } else {
          position[s] = (exit == null ? !enter : exit.test(s, this)) ? 0 : 1;
        }
      }
      direction[s] = position[s];
    }
  }

  /**
   * The breadth value of {@code which} over {@code sector} ("" for the universe) after the latest
   * session, {@code NaN} while undefined or when the strategy reads no breadth.
   */
  public double breadth(BreadthMeasure which, String sector) {
    int g = scopes.indexOf(sector);
    if (g < 0 || advancers.length == 0) {
      return Double.NaN;
    }
    return measure[which.ordinal() * scopeCount + g];
  }

  private void updateSeries(double[] close) {
    int series = indicatorSlot.length;
    for (int k = 0; k < series; k++) {
      int base = k * symbols;
      int slot = indicatorSlot[k];
      for (int s = 0; s < symbols; s++) {
        double c = close[s];
        if (member[s] && !Double.isNaN(c)) {
          previous[base + s] = value[base + s];
          value[base + s] = slot < 0 ? c : indicators[slot * symbols + s].update(c);
        }
      }
    }
  }

  private void updateBreadth(double[] close, boolean[] sessionMember) {
    for (int g = 0; g < scopeCount; g++) {
      advancers[g] = 0;
      decliners[g] = 0;
      unchanged[g] = 0;
      above50[g] = 0;
      with50[g] = 0;
      above200[g] = 0;
      with200[g] = 0;
      aboveEma[g] = 0;
      withEma[g] = 0;
      newHighs[g] = 0;
      newLows[g] = 0;
    }
    for (int s = 0; s < symbols; s++) {
      double c = close[s];
      if (!member[s] || Double.isNaN(c)) {
        continue;
      }
      if (sessionMember != null && !sessionMember[s]) {
        sma50[s].update(c);
        sma200[s].update(c);
        ema20[s].update(c);
      } else {
        count(0, s, c);
        if (sectorScope[s] > 0) {
          count(sectorScope[s], s, c);
        }
      }
      yearHigh[s].add(c);
      yearLow[s].add(c);
      lastClose[s] = c;
      closes[s]++;
    }
    for (int g = 0; g < scopeCount; g++) {
      finishScope(g);
    }
  }

  /** Counts symbol s (close c, its averages updated once, on the universe pass) into scope g. */
  private void count(int g, int s, double c) {
    double p = lastClose[s];
    if (c > p) {
      advancers[g]++;
    } else if (c < p) {
      decliners[g]++;
    } else if (c == p) {
      unchanged[g]++;
    }
    if (closes[s] >= YEAR) {
      newHighs[g] += c > yearHigh[s].current() ? 1 : 0;
      newLows[g] += c < yearLow[s].current() ? 1 : 0;
    }
    double a50;
    double a200;
    double e20;
    if (g == 0) {
      a50 = sma50[s].update(c);
      a200 = sma200[s].update(c);
      e20 = ema20[s].update(c);
    } else {
      a50 = sma50[s].value();
      a200 = sma200[s].value();
      e20 = ema20[s].value();
    }
    if (!Double.isNaN(a50)) {
      with50[g]++;
      above50[g] += isAbove(c, a50) ? 1 : 0;
    }
    if (!Double.isNaN(a200)) {
      with200[g]++;
      above200[g] += isAbove(c, a200) ? 1 : 0;
    }
    if (!Double.isNaN(e20)) {
      withEma[g]++;
      aboveEma[g] += isAbove(c, e20) ? 1 : 0;
    }
  }

  private void finishScope(int g) {
    int net = advancers[g] - decliners[g];
    double oscillator = Double.NaN;
    if (advancers[g] + decliners[g] + unchanged[g] > 0) {
      oscillator = fastNet[g].update(net) - slowNet[g].update(net);
    }
    adLine[g] += net;
    set(BreadthMeasure.PCT_ABOVE_SMA50, g, percent(above50[g], with50[g]));
    set(BreadthMeasure.PCT_ABOVE_SMA200, g, percent(above200[g], with200[g]));
    set(BreadthMeasure.PCT_ABOVE_EMA20, g, percent(aboveEma[g], withEma[g]));
    set(BreadthMeasure.NET_ADVANCES, g, net);
    set(BreadthMeasure.AD_LINE, g, adLine[g]);
    int decided = advancers[g] + decliners[g];
    set(BreadthMeasure.AD_PERCENT, g, decided == 0 ? Double.NaN : 100 * ((double) net / decided));
    set(BreadthMeasure.MCCLELLAN_OSCILLATOR, g, oscillator);
    set(BreadthMeasure.NET_NEW_HIGHS, g, newHighs[g] - newLows[g]);
  }

  private void set(BreadthMeasure which, int g, double x) {
    int i = which.ordinal() * scopeCount + g;
    previousMeasure[i] = measure[i];
    measure[i] = x;
  }

  private static boolean isAbove(double close, double average) {
    return close - average > TIE_TOLERANCE * average;
  }

  private static double percent(int count, int of) {
    return of == 0 ? Double.NaN : 100.0 * count / of;
  }

  private static double[] nan(int length) {
    double[] values = new double[length];
    java.util.Arrays.fill(values, Double.NaN);
    return values;
  }

  private static Node compile(Condition condition, List<Operand.Series> series) {
    if (condition instanceof All all) {
      return new AllNode(children(all.of(), series));
    }
    if (condition instanceof Any any) {
      return new AnyNode(children(any.of(), series));
    }
    if (condition instanceof SymbolTest test) {
      int right =
          test.reference() instanceof Operand.Series reference ? series.indexOf(reference) : -1;
      double level = test.reference() instanceof Operand.Level l ? l.value() : Double.NaN;
      return new SymbolNode(series.indexOf(test.series()), test.comparison(), right, level);
    }
    BreadthTest test = (BreadthTest) condition;
    return new BreadthNode(test.measure().ordinal(), test.scope(), test.comparison(), test.level());
  }

  private static Node[] children(List<Condition> of, List<Operand.Series> series) {
    Node[] nodes = new Node[of.size()];
    for (int i = 0; i < nodes.length; i++) {
      nodes[i] = compile(of.get(i), series);
    }
    return nodes;
  }

  /** A compiled condition: configuration only, the values live in the evaluator. */
  private abstract static class Node {
    abstract boolean test(int s, StrategyEvaluator e);
  }

  private static final class AllNode extends Node {
    private final Node[] of;

    AllNode(Node[] of) {
      this.of = of;
    }

    @Override
    boolean test(int s, StrategyEvaluator e) {
      for (Node node : of) {
        if (!node.test(s, e)) {
          return false;
        }
      }
      return true;
    }
  }

  private static final class AnyNode extends Node {
    private final Node[] of;

    AnyNode(Node[] of) {
      this.of = of;
    }

    @Override
    boolean test(int s, StrategyEvaluator e) {
      for (Node node : of) {
        if (node.test(s, e)) {
          return true;
        }
      }
      return false;
    }
  }

  private static final class SymbolNode extends Node {
    private final int left;
    private final Comparison comparison;
    private final int right;
    private final double level;

    SymbolNode(int left, Comparison comparison, int right, double level) {
      this.left = left;
      this.comparison = comparison;
      this.right = right;
      this.level = level;
    }

    @Override
    boolean test(int s, StrategyEvaluator e) {
      int n = e.symbols;
      double x = e.value[left * n + s];
      double px = e.previous[left * n + s];
      double r = right < 0 ? level : e.value[right * n + s];
      double pr = right < 0 ? level : e.previous[right * n + s];
      return comparison.holds(x, r, px, pr);
    }
  }

  private static final class BreadthNode extends Node {
    private final int measure;
    private final Scope scope;
    private final Comparison comparison;
    private final double level;

    BreadthNode(int measure, Scope scope, Comparison comparison, double level) {
      this.measure = measure;
      this.scope = scope;
      this.comparison = comparison;
      this.level = level;
    }

    @Override
    boolean test(int s, StrategyEvaluator e) {
      int g = scope == Scope.UNIVERSE ? 0 : e.sectorScope[s];
      if (g < 0) {
        return false;
      }
      int i = measure * e.scopeCount + g;
      return comparison.holds(e.measure[i], level, e.previousMeasure[i], level);
    }
  }
}
