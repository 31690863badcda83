package io.breadthflow.app.watchlists;

import io.breadthflow.core.signal.SignalAction;
import java.time.LocalDate;
import java.util.List;

/**
 * One symbol of a watchlist with its latest stored daily data. Numbers the store cannot give are
 * {@code NaN} (JSON {@code null}); an absent session or signal is {@code null}.
 *
 * @param symbol the symbol
 * @param asOf the session of the latest daily bar, null when the store has none
 * @param close that bar's close, NaN without one
 * @param change close minus the previous session's close, NaN without two bars
 * @param changePercent that change in percent of the previous close, NaN without two bars
 * @param signal the action of the newest stored signal (any strategy; the first by name when two
 *     share the newest session), null without one
 * @param confidence that signal's confidence in [0, 1], NaN without one
 * @param signalDate that signal's session, null without one
 * @param rsi14 Wilder's RSI(14) of the daily closes up to {@code asOf}, NaN with fewer than 15
 * @param closes the last closes, up to {@value WatchlistService#SPARKLINE_CLOSES}, oldest first,
 *     for a sparkline; empty without bars
 */
public record WatchlistRow(
    String symbol,
    LocalDate asOf,
    double close,
    double change,
    double changePercent,
    SignalAction signal,
    double confidence,
    LocalDate signalDate,
    double rsi14,
    List<Double> closes) {
  public WatchlistRow {
    closes = List.copyOf(closes);
  }
}
