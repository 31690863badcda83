package io.breadthflow.app.watchlists;

import io.breadthflow.core.domain.DailyPanel;
import io.breadthflow.core.indicator.Rsi;
import io.breadthflow.core.signal.Signal;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.SymbolSummary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rows of a watchlist from the store in three reads: the daily summary (each symbol's last
 * session), one panel of the daily closes from {@value #HISTORY_DAYS} calendar days before the
 * oldest of those sessions, and the newest signal of each symbol. RSI is computed over that window
 * (about 170 sessions, enough for Wilder's smoothing to forget its seed).
 */
final class WatchlistRows {
  static final int HISTORY_DAYS = 250;
  private static final int RSI_PERIOD = 14;

  private final MarketStore store;

  WatchlistRows(MarketStore store) {
    this.store = store;
  }

  List<WatchlistRow> of(List<String> symbols) {
    if (symbols.isEmpty()) {
      return List.of();
    }
    Set<String> wanted = new HashSet<>(symbols);
    LocalDate oldest = null;
    LocalDate newest = null;
    List<String> withBars = new ArrayList<>();
    for (SymbolSummary summary : store.dailySummary()) {
      if (wanted.contains(summary.symbol()) && summary.bars() > 0) {
        LocalDate session = summary.last();
        oldest = oldest == null || session.isBefore(oldest) ? session : oldest;
        newest = newest == null || session.isAfter(newest) ? session : newest;
        withBars.add(summary.symbol());
      }
    }
    Map<String, double[]> closes = new HashMap<>();
    Map<String, LocalDate> asOf = new HashMap<>();
    if (!withBars.isEmpty()) {
      DailyPanel panel = store.dailyPanel(withBars, oldest.minusDays(HISTORY_DAYS), newest);
      for (int s = 0; s < panel.symbols().size(); s++) {
        double[] row = panel.close()[s];
        double[] present = new double[row.length];
        int n = 0;
        LocalDate last = null;
        for (int t = 0; t < row.length; t++) {
          if (panel.has(s, t)) {
            present[n++] = row[t];
            last = panel.sessions()[t];
          }
        }
        closes.put(panel.symbols().get(s), Arrays.copyOf(present, n));
        asOf.put(panel.symbols().get(s), last);
      }
    }
    Map<String, Signal> signals = new HashMap<>();
    for (Signal signal : store.latestSignals(symbols)) {
      signals.put(signal.symbol(), signal);
    }
    List<WatchlistRow> rows = new ArrayList<>(symbols.size());
    for (String symbol : symbols) {
      rows.add(
          row(
              symbol,
              closes.getOrDefault(symbol, new double[0]),
              asOf.get(symbol),
              Optional.ofNullable(signals.get(symbol))));
    }
    return rows;
  }

  private static WatchlistRow row(
      String symbol, double[] closes, LocalDate asOf, Optional<Signal> signal) {
    int n = closes.length;
    double close = n > 0 ? closes[n - 1] : Double.NaN;
    double previous = n > 1 ? closes[n - 2] : Double.NaN;
    double change = close - previous;
    double rsi = n > RSI_PERIOD ? Rsi.compute(closes, RSI_PERIOD)[n - 1] : Double.NaN;
    List<Double> recent = new ArrayList<>();
    for (int i = Math.max(0, n - WatchlistService.SPARKLINE_CLOSES); i < n; i++) {
      recent.add(closes[i]);
    }
    return new WatchlistRow(
        symbol,
        n > 0 ? asOf : null,
        close,
        change,
        previous > 0 ? 100.0 * change / previous : Double.NaN,
        signal.map(Signal::action).orElse(null),
        signal.map(Signal::confidence).orElse(Double.NaN),
        signal.map(Signal::date).orElse(null),
        rsi,
        recent);
  }
}
