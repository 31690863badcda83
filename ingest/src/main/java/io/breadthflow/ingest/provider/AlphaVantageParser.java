package io.breadthflow.ingest.provider;

import com.fasterxml.jackson.databind.JsonNode;
import io.breadthflow.core.calendar.NyseCalendar;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.quality.BarValidator;
import io.breadthflow.ingest.csv.OneLine;
import io.breadthflow.ingest.csv.SaneBounds;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads Alpha Vantage time series: {@code "Time Series (Daily)"} keyed by date, or {@code "Time
 * Series (5min)"} keyed by US/Eastern time, each entry {@code "1. open"} … {@code "5. volume"} as
 * strings; newest first in the reply, oldest first in the result. An entry with a key that is not
 * such a date or time, a date outside {@link SaneBounds}, a missing or malformed value or one that
 * fails {@link BarValidator#checkFields} (which bounds prices and volumes) is skipped and counted;
 * daily rows outside the NYSE calendar's years are kept as sessions. An error reply or one without
 * a time series fails with a one-line {@link ProviderException}; nothing else is thrown.
 */
final class AlphaVantageParser {
  private static final ZoneId EASTERN = NyseCalendar.ZONE;
  private static final DateTimeFormatter INTRADAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private AlphaVantageParser() {}

  static FetchedHistory parse(
      String symbol, Interval interval, JsonNode root, LocalDate from, LocalDate to) {
    for (String key : new String[] {"Error Message", "Information"}) {
      if (root.path(key).isTextual()) {
        throw new ProviderException(
            "alphavantage " + symbol + ": " + OneLine.of(root.path(key).asText(), 200));
      }
    }
    JsonNode series = timeSeries(root);
    if (series == null) {
      throw new ProviderException("alphavantage " + symbol + ": reply has no time series");
    }
    List<Bar> bars = new ArrayList<>();
    int skipped = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = series.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      JsonNode v = entry.getValue();
      double open = number(v.path("1. open"));
      double high = number(v.path("2. high"));
      double low = number(v.path("3. low"));
      double close = number(v.path("4. close"));
      double volume = number(v.path("5. volume"));
      Bar bar;
      try {
        bar =
            BarValidator.checkFields(open, high, low, close, volume).isPresent()
                ? null
                : bar(symbol, interval, entry.getKey(), open, high, low, close, volume);
      } catch (DateTimeParseException e) {
        bar = null;
      }
      if (bar == null) {
        skipped++;
      } else if (!bar.sessionDate().isBefore(from) && !bar.sessionDate().isAfter(to)) {
        bars.add(bar);
      }
    }
    bars.sort(java.util.Comparator.comparing(Bar::start));
    return new FetchedHistory(symbol, bars, skipped, List.of());
  }

  private static JsonNode timeSeries(JsonNode root) {
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (name.startsWith("Time Series")) {
        return root.get(name);
      }
    }
    return null;
  }

  private static Bar bar(
      String symbol,
      Interval interval,
      String key,
      double open,
      double high,
      double low,
      double close,
      double volume) {
    if (interval == Interval.ONE_DAY) {
      LocalDate session = LocalDate.parse(key);
      if (!SaneBounds.covers(session)) {
        return null;
      }
      // before or after the calendar's years every date counts as a session, as in the CSV reader
      return NyseCalendar.covers(session)
          ? ProviderBars.of(symbol, interval, session, null, open, high, low, close, volume)
          : Bar.daily(symbol, session, open, high, low, close, volume);
    }
    Instant start = LocalDateTime.parse(key, INTRADAY).atZone(EASTERN).toInstant();
    if (!SaneBounds.covers(start)) {
      return null;
    }
    return ProviderBars.of(
        symbol,
        interval,
        start.atZone(EASTERN).toLocalDate(),
        start,
        open,
        high,
        low,
        close,
        volume);
  }

  private static double number(JsonNode node) {
    if (!node.isTextual() && !node.isNumber()) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(node.asText());
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
