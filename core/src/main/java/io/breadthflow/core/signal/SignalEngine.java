package io.breadthflow.core.signal;

import io.breadthflow.core.breadth.BreadthEngine;
import io.breadthflow.core.breadth.BreadthRow;
import io.breadthflow.core.domain.DailyPanel;
import io.breadthflow.core.domain.MemberMask;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Composite signals across a universe, one session at a time, from data up to that session's close
 * only (no look-ahead by construction). Components, each in [−1, 1], positive bullish:
 *
 * <ul>
 *   <li><b>breadth</b> (the market's regime, same for every symbol): mean of clamp(McClellan
 *       oscillator / (10% of the stocks counted)) and (% above SMA50 − 50) / 50, of those defined;
 *   <li><b>trend</b>: mean of clamp((close / SMA50 − 1) / 5%) and, once SMA200 exists, +1 when
 *       SMA50 > SMA200 else −1;
 *   <li><b>momentum</b>: mean of (RSI14 − 50) / 50 and clamp(MACD(12,26,9) histogram / 1% of the
 *       close), of those defined;
 *   <li><b>volatility</b>: clamp(1 − 20-session volatility / 100-session volatility): calm markets
 *       score positive, a volatility spike negative.
 * </ul>
 *
 * clamp limits to [−1, 1]. Score = Σ weight·component / Σ weight over the available components. A
 * symbol gets a signal on a session where it has a bar and at least 50 closes (the trend is
 * defined). Confidence = coverage × strength, where coverage = available weight / total weight and
 * strength = |score| for BUY and SELL, 1 − |score| / threshold (on the score's side) for HOLD.
 */
public final class SignalEngine {
  private final SignalWeights weights;
  private final List<String> symbols;
  private final SymbolFeatures[] features;
  private final BreadthEngine breadth;

  /** Signals for {@code symbols} (index s in every update) with {@code weights}. */
  public SignalEngine(List<String> symbols, SignalWeights weights) {
    this.weights = weights;
    this.symbols = List.copyOf(symbols);
    this.features = new SymbolFeatures[symbols.size()];
    for (int s = 0; s < features.length; s++) {
      features[s] = new SymbolFeatures();
    }
    this.breadth = new BreadthEngine(symbols.size());
  }

  /**
   * Adds one session ({@code NaN} close where a symbol has no bar) and returns the signals of the
   * symbols that have one.
   */
  public List<Signal> update(LocalDate date, double[] close, double[] volume) {
    return update(date, close, volume, null);
  }

  /**
   * As {@link #update(LocalDate, double[], double[])} over a point-in-time universe: the breadth
   * regime counts the symbols with {@code member[s]} true, and only they get signals (all symbols
   * when {@code member} is {@code null}); every symbol's own features follow its whole history.
   */
  public List<Signal> update(LocalDate date, double[] close, double[] volume, boolean[] member) {
    BreadthRow market = breadth.update(date, close, volume, member);
    SignalComponent breadthComponent = breadthComponent(market);
    List<Signal> signals = new ArrayList<>();
    for (int s = 0; s < features.length; s++) {
      if (Double.isNaN(close[s])) {
        continue;
      }
      SymbolFeatures f = features[s];
      f.add(close[s]);
      if (Double.isNaN(f.sma50()) || member != null && !member[s]) {
        continue;
      }
      signals.add(score(symbols.get(s), date, breadthComponent, f));
    }
    return signals;
  }

  /** Signals of a whole panel for the sessions from {@code from} on; earlier ones warm up. */
  public static List<Signal> compute(DailyPanel panel, LocalDate from, SignalWeights weights) {
    return compute(
        panel, from, weights, MemberMask.all(panel.symbols().size(), panel.sessions().length));
  }

  /**
   * As {@link #compute(DailyPanel, LocalDate, SignalWeights)}, on each session for the members of
   * that session only, with the breadth regime of those members.
   */
  public static List<Signal> compute(
      DailyPanel panel, LocalDate from, SignalWeights weights, MemberMask members) {
    boolean[] memberAt = members.isAlways() ? null : new boolean[panel.symbols().size()];
    SignalEngine engine = new SignalEngine(panel.symbols(), weights);
    int symbols = panel.symbols().size();
    double[] close = new double[symbols];
    double[] volume = new double[symbols];
    List<Signal> all = new ArrayList<>();
    for (int t = 0; t < panel.sessions().length; t++) {
      for (int s = 0; s < symbols; s++) {
        close[s] = panel.close()[s][t];
        volume[s] = panel.volume()[s][t];
      }
      if (memberAt != null) {
        members.session(t, memberAt);
      }
      List<Signal> signals = engine.update(panel.sessions()[t], close, volume, memberAt);
      if (!panel.sessions()[t].isBefore(from)) {
        all.addAll(signals);
      }
    }
    return all;
  }

  private Signal score(String symbol, LocalDate date, SignalComponent market, SymbolFeatures f) {
    List<SignalComponent> components = new ArrayList<>(4);
    addIfAvailable(components, market);
    addIfAvailable(components, trend(f));
    addIfAvailable(components, momentum(f));
    addIfAvailable(components, volatility(f));
    double weighted = 0;
    double available = 0;
    for (SignalComponent c : components) {
      weighted += c.contribution();
      available += c.weight();
    }
    double score = available == 0 ? 0 : weighted / available;
    double total = weights.breadth() + weights.trend() + weights.momentum() + weights.volatility();
    double coverage = available / total;
    SignalAction action =
        score >= weights.buyThreshold()
            ? SignalAction.BUY
            : score <= weights.sellThreshold() ? SignalAction.SELL : SignalAction.HOLD;
    double strength =
        switch (action) {
          case BUY, SELL -> Math.abs(score);
          case HOLD -> 1 - score / (score >= 0 ? weights.buyThreshold() : weights.sellThreshold());
        };
    components.sort(Comparator.comparingDouble((SignalComponent c) -> -Math.abs(c.contribution())));
    return new Signal(symbol, date, weights.name(), score, action, coverage * strength, components);
  }

  private static void addIfAvailable(List<SignalComponent> components, SignalComponent c) {
    if (c != null && c.weight() > 0) {
      components.add(c);
    }
  }

  private SignalComponent breadthComponent(BreadthRow row) {
    int counted = row.advancers() + row.decliners() + row.unchanged();
    double oscillator = clamp(row.mcclellanOscillator() / Math.max(1, 0.1 * counted));
    double participation = (row.pctAboveSma50() - 50) / 50;
    double value = meanOfDefined(oscillator, participation);
    if (Double.isNaN(value)) {
      return null;
    }
    return new SignalComponent(
        "breadth",
        value,
        weights.breadth(),
        String.format(
            Locale.ROOT,
            "McClellan %s, %s%% of stocks above SMA50",
            signed(row.mcclellanOscillator(), 1),
            plain(row.pctAboveSma50(), 0)));
  }

  private SignalComponent trend(SymbolFeatures f) {
    double distance = f.close() / f.sma50() - 1;
    double alignment = Double.isNaN(f.sma200()) ? Double.NaN : f.sma50() > f.sma200() ? 1 : -1;
    double value = meanOfDefined(clamp(distance / 0.05), alignment);
    String cross =
        Double.isNaN(alignment)
            ? ""
            : alignment > 0 ? ", SMA50 above SMA200" : ", SMA50 below SMA200";
    return new SignalComponent(
        "trend",
        value,
        weights.trend(),
        String.format(Locale.ROOT, "close %s%% vs SMA50%s", signed(100 * distance, 1), cross));
  }

  private SignalComponent momentum(SymbolFeatures f) {
    double rsi = (f.rsi() - 50) / 50;
    double histogram = clamp(f.macdHistogram() / (0.01 * f.close()));
    double value = meanOfDefined(rsi, histogram);
    if (Double.isNaN(value)) {
      return null;
    }
    return new SignalComponent(
        "momentum",
        value,
        weights.momentum(),
        String.format(
            Locale.ROOT,
            "RSI14 %s, MACD histogram %s",
            plain(f.rsi(), 1),
            signed(f.macdHistogram(), 3)));
  }

  private SignalComponent volatility(SymbolFeatures f) {
    double ratio = f.shortVolatility() / f.longVolatility();
    if (Double.isNaN(ratio) || Double.isInfinite(ratio)) {
      return null;
    }
    return new SignalComponent(
        "volatility",
        clamp(1 - ratio),
        weights.volatility(),
        String.format(
            Locale.ROOT,
            "20-session volatility %s%% vs 100-session %s%%",
            plain(100 * f.shortVolatility(), 1),
            plain(100 * f.longVolatility(), 1)));
  }

  private static double meanOfDefined(double a, double b) {
    if (Double.isNaN(a)) {
      return b;
    }
    return Double.isNaN(b) ? a : (a + b) / 2;
  }

  private static double clamp(double x) {
    return Double.isNaN(x) ? x : Math.max(-1, Math.min(1, x));
  }

  private static String signed(double x, int decimals) {
    return Double.isNaN(x) ? "n/a" : String.format(Locale.ROOT, "%+." + decimals + "f", x);
  }

  private static String plain(double x, int decimals) {
    return Double.isNaN(x) ? "n/a" : String.format(Locale.ROOT, "%." + decimals + "f", x);
  }
}
