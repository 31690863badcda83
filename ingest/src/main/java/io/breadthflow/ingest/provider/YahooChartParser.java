package io.breadthflow.ingest.provider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breadthflow.core.calendar.NyseCalendar;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.CorporateAction;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.quality.BarValidator;
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
 * with a {@code null} field or failing validation are skipped and counted.
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
          "yahoo " + symbol + ": malformed JSON (" + e.getOriginalMessage() + ")");
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
              + error.path("code").asText("error")
              + ": "
              + error.path("description").asText(""));
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
    for (int i = 0; i < timestamps.size(); i++) {
      Instant time = Instant.ofEpochSecond(timestamps.get(i).asLong());
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
          ProviderBars.of(
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

  private static List<CorporateAction> actions(String symbol, JsonNode events) {
    List<CorporateAction> actions = new ArrayList<>();
    for (Iterator<JsonNode> it = events.path("dividends").elements(); it.hasNext(); ) {
      JsonNode d = it.next();
      actions.add(
          new CorporateAction(
              symbol,
              date(d.path("date")),
              CorporateAction.Kind.DIVIDEND,
              d.path("amount").asDouble()));
    }
    for (Iterator<JsonNode> it = events.path("splits").elements(); it.hasNext(); ) {
      JsonNode s = it.next();
      double ratio = s.path("numerator").asDouble() / s.path("denominator").asDouble();
      actions.add(
          new CorporateAction(symbol, date(s.path("date")), CorporateAction.Kind.SPLIT, ratio));
    }
    return actions;
  }

  private static LocalDate date(JsonNode epochSeconds) {
    return Instant.ofEpochSecond(epochSeconds.asLong()).atZone(NEW_YORK).toLocalDate();
  }

  private static double number(JsonNode node) {
    return node.isNumber() ? node.asDouble() : Double.NaN;
  }
}
