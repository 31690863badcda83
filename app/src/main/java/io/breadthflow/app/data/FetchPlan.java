package io.breadthflow.app.data;

import io.breadthflow.core.calendar.NyseCalendar;
import io.breadthflow.store.SymbolSummary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a symbol's daily history lacks for a range: nothing when the stored bars already span the
 * range's first and last sessions, else the part before the first stored bar and the part after the
 * last (gaps inside the stored span are reported by {@code bf data summary}, not refetched).
 *
 * @param symbol the symbol
 * @param segments date ranges to fetch
 */
record FetchPlan(String symbol, List<Segment> segments) {

  /** An inclusive date range to fetch. */
  record Segment(LocalDate from, LocalDate to) {}

  /** The whole range, whatever is stored. */
  static FetchPlan whole(String symbol, LocalDate from, LocalDate to) {
    return new FetchPlan(symbol, List.of(new Segment(from, to)));
  }

  static FetchPlan of(
      String symbol, SymbolSummary stored, LocalDate from, LocalDate to, FetchMode mode) {
    List<Segment> segments = new ArrayList<>();
    List<LocalDate> sessions = NyseCalendar.tradingDays(from, to);
    if (sessions.isEmpty()) {
      return new FetchPlan(symbol, segments);
    }
    LocalDate firstSession = sessions.get(0);
    LocalDate lastSession = sessions.get(sessions.size() - 1);
    if (mode == FetchMode.WHOLE_RANGE || stored == null) {
      segments.add(new Segment(from, to));
      return new FetchPlan(symbol, segments);
    }
    if (firstSession.isBefore(stored.first())) {
      segments.add(new Segment(from, min(to, stored.first().minusDays(1))));
    }
    if (lastSession.isAfter(stored.last())) {
      segments.add(new Segment(max(from, stored.last().plusDays(1)), to));
    }
    return new FetchPlan(symbol, segments);
  }

  boolean upToDate() {
    return segments.isEmpty();
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
