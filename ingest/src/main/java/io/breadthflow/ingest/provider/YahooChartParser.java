package io.breadthflow.ingest.provider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breadthflow.core.calendar.NyseCalendar;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.CorporateAction;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.quality.BarValidator;
import io.breadthflow.ingest.csv.OneLine;
import io.breadthflow.ingest.csv.SaneBounds;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Reads a Yahoo chart API reply: {@code chart.result[0]} with {@code timestamp}, {@code
 * indicators.quote[0].open|high|low|close|volume}, {@code indicators.adjclose[0].adjclose} and
 * {@code events.dividends|splits}; or {@code chart.error} ({@code code}, {@code description}). Rows
 * with a {@code null} or mistyped field, a timestamp outside {@link SaneBounds} or failing {@link
 * BarValidator#checkFields} (which bounds prices and volumes) are skipped and counted; a dividend
 * or split with a date outside those bounds or an amount that is not positive and finite is left
 * out. Daily rows outside the NYSE calendar's years are kept as sessions. A reply that is not JSON
 * or not a chart fails with a one-line {@link ProviderException}; nothing else is thrown.
 */
final class YahooChartParser {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ZoneId NEW_YORK = NyseCalendar.ZONE;

  private YahooChartParser() {}

  static FetchedHistory parse(
      String symbol, Interval interval, String body, LocalDate from, LocalDate to) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw new ProviderException(
          "yahoo " + symbol + ": malformed JSON (" + OneLine.of(e.getOriginalMessage(), 200) + ")");
    }
    JsonNode chart = root == null ? null : root.get("chart");
    if (chart == null || !chart.isObject()) {
      throw new ProviderException("yahoo " + symbol + ": reply has no 'chart' object");
    }
    JsonNode error = chart.get("error");
    if (error != null && !error.isNull()) {
      throw new ProviderException(
          "yahoo "
              + symbol
              + ": "
              + OneLine.of(error.path("code").asText("error"), 80)
              + ": "
              + OneLine.of(error.path("description").asText(""), 200));
    }
    JsonNode result = chart.path("result").path(0);
    if (result.isMissingNode()) {
      throw new ProviderException("yahoo " + symbol + ": reply has no result");
    }
    JsonNode timestamps = result.path("timestamp");
    JsonNode quote = result.path("indicators").path("quote").path(0);
    JsonNode adjusted = result.path("indicators").path("adjclose").path(0).path("adjclose");
    List<Bar> bars = new ArrayList<>();
    int skipped = 0;
    int rows = timestamps.isArray() ? timestamps.size() : 0;
    for (int i = 0; i < rows; i++) {
      JsonNode stamp = timestamps.get(i);
      if (!isEpochSecond(stamp)) {
        skipped++;
        continue;
      }
      Instant time = Instant.ofEpochSecond(stamp.asLong());
      double open = number(quote.path("open").path(i));
      double high = number(quote.path("high").path(i));
      double low = number(quote.path("low").path(i));
      double close = number(quote.path("close").path(i));
      double volume = number(quote.path("volume").path(i));
      boolean adjustedMissing = adjusted.isArray() && Double.isNaN(number(adjusted.path(i)));
      if (adjustedMissing || BarValidator.checkFields(open, high, low, close, volume).isPresent()) {
        skipped++;
        continue;
      }
      Bar bar =
          bar(
              symbol,
              interval,
              time.atZone(NEW_YORK).toLocalDate(),
              time,
              open,
              high,
              low,
              close,
              volume);
      if (bar == null || bar.sessionDate().isBefore(from) || bar.sessionDate().isAfter(to)) {
        skipped += bar == null ? 1 : 0;
        continue;
      }
      bars.add(bar);
    }
    return new FetchedHistory(symbol, bars, skipped, actions(symbol, result.path("events")));
  }

  /**
   * A daily row's bar by its NYSE session, or {@code null} on a day the exchange was closed; before
   * or after the calendar's years every date counts as a session (as in the CSV reader).
   */
  private static Bar bar(
      String symbol,
      Interval interval,
      LocalDate session,
      Instant start,
      double open,
      double high,
      double low,
      double close,
      double volume) {
    if (interval == Interval.ONE_DAY && !NyseCalendar.covers(session)) {
      return Bar.daily(symbol, session, open, high, low, close, volume);
    }
    return ProviderBars.of(symbol, interval, session, start, open, high, low, close, volume);
  }

  private static List<CorporateAction> actions(String symbol, JsonNode events) {
    List<CorporateAction> actions = new ArrayList<>();
    for (Iterator<JsonNode> it = events.path("dividends").elements(); it.hasNext(); ) {
      JsonNode d = it.next();
      action(
          actions, symbol, d.path("date"), CorporateAction.Kind.DIVIDEND, number(d.path("amount")));
    }
    for (Iterator<JsonNode> it = events.path("splits").elements(); it.hasNext(); ) {
      JsonNode s = it.next();
      double ratio = number(s.path("numerator")) / number(s.path("denominator"));
      action(actions, symbol, s.path("date"), CorporateAction.Kind.SPLIT, ratio);
    }
    return actions;
  }

  /** Adds the action when its date and amount are usable; leaves it out otherwise. */
  private static void action(
      List<CorporateAction> actions,
      String symbol,
      JsonNode epochSeconds,
      CorporateAction.Kind kind,
      double amount) {
    if (isEpochSecond(epochSeconds) && amount > 0 && Double.isFinite(amount)) {
      LocalDate date = Instant.ofEpochSecond(epochSeconds.asLong()).atZone(NEW_YORK).toLocalDate();
      actions.add(new CorporateAction(symbol, date, kind, amount));
    }
  }

  /** True for a whole number of epoch seconds within {@link SaneBounds}. */
  private static boolean isEpochSecond(JsonNode node) {
    return node != null
        && node.isNumber()
        && node.canConvertToLong()
        && SaneBounds.coversEpochSecond(node.asLong());
  }

  private static double number(JsonNode node) {
    return node.isNumber() ? node.asDouble() : Double.NaN;
  }
}
