package io.breadthflow.ingest.finnhub;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breadthflow.core.domain.Trade;
import io.breadthflow.ingest.csv.OneLine;
import io.breadthflow.ingest.csv.SaneBounds;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Finnhub's WebSocket messages: {@code {"type":"subscribe","symbol":"AAPL"}} and {@code
 * unsubscribe} out; {@code {"type":"trade","data":[{"s","p","t","v","c"}]}}, {@code
 * {"type":"ping"}} and {@code {"type":"error","msg"}} in. Parsing never throws: a message that is
 * not JSON is reported as a one-line error, and a trade without a text symbol, a numeric price and
 * a whole-millisecond time within {@link SaneBounds} is left out.
 */
final class FinnhubMessages {
  private static final ObjectMapper JSON = new ObjectMapper();

  private FinnhubMessages() {}

  static String subscribe(String symbol) {
    return JSON.createObjectNode().put("type", "subscribe").put("symbol", symbol).toString();
  }

  static String unsubscribe(String symbol) {
    return JSON.createObjectNode().put("type", "unsubscribe").put("symbol", symbol).toString();
  }

  /** An incoming message: its trades, or the error it reports. */
  record Incoming(List<Trade> trades, String error) {}

  static Incoming parse(String text) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      return new Incoming(
          List.of(), "finnhub sent malformed JSON: " + OneLine.of(e.getOriginalMessage(), 200));
    }
    String type = root == null ? "" : root.path("type").asText("");
    return switch (type) {
      case "trade" -> new Incoming(trades(root.path("data")), null);
      case "error" ->
          new Incoming(List.of(), "finnhub: " + OneLine.of(root.path("msg").asText("error"), 200));
      default -> new Incoming(List.of(), null);
    };
  }

  private static List<Trade> trades(JsonNode data) {
    List<Trade> trades = new ArrayList<>(data.size());
    for (JsonNode t : data) {
      JsonNode time = t.path("t");
      if (!t.path("s").isTextual()
          || !t.path("p").isNumber()
          || !time.isNumber()
          || !time.canConvertToLong()
          || !SaneBounds.coversEpochMilli(time.asLong())) {
        continue;
      }
      List<String> conditions = new ArrayList<>();
      t.path("c").forEach(c -> conditions.add(c.asText()));
      trades.add(
          new Trade(
              t.path("s").asText(),
              Instant.ofEpochMilli(t.path("t").asLong()),
              t.path("p").asDouble(),
              t.path("v").asDouble(),
              "",
              String.join(" ", conditions)));
    }
    return trades;
  }
}
