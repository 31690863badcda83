package io.breadthflow.server.backtest;

import com.fasterxml.jackson.databind.JsonNode;
import io.breadthflow.core.backtest.BacktestConfig;
import io.breadthflow.core.backtest.BreadthSignalStrategy;
import io.breadthflow.core.backtest.RsiReversionStrategy;
import io.breadthflow.core.backtest.Sizing;
import io.breadthflow.core.backtest.SmaCrossStrategy;
import io.breadthflow.core.backtest.Strategy;
import io.breadthflow.core.domain.Symbols;
import io.breadthflow.core.signal.SignalWeights;
import io.breadthflow.ingest.universe.Universes;
import io.breadthflow.server.api.ApiException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A validated {@code POST /api/backtests} body: {@code strategy} (sma-cross, rsi-reversion,
 * breadth), {@code symbols} (array, at most 500) or {@code universe} (built-in name), {@code
 * start_date}, {@code end_date}, and optionally {@code initial_capital}, {@code commission_bps},
 * {@code slippage_bps}, {@code fast}, {@code slow}, {@code rsi_period}, {@code long_short}.
 */
record BacktestRequest(
    String strategy,
    List<String> symbols,
    LocalDate start,
    LocalDate end,
    BacktestConfig config,
    int fast,
    int slow,
    int rsiPeriod) {

  static final int MAX_SYMBOLS = 500;

  static BacktestRequest parse(JsonNode body) {
    String strategy = body.path("strategy").asText("");
    if (!List.of("sma-cross", "rsi-reversion", "breadth").contains(strategy)) {
      throw ApiException.badRequest("strategy must be sma-cross, rsi-reversion or breadth");
    }
    List<String> symbols = symbols(body);
    LocalDate start = date(body, "start_date");
    LocalDate end = date(body, "end_date");
    if (end.isBefore(start)) {
      throw ApiException.badRequest("end_date is before start_date");
    }
    try {
      BacktestConfig config =
          new BacktestConfig(
              number(body, "initial_capital", 100_000),
              number(body, "commission_bps", 0),
              0,
              number(body, "slippage_bps", 0),
              false,
              Sizing.EQUAL_WEIGHT,
              0.15,
              0,
              body.path("long_short").asBoolean(false),
              0);
      BacktestRequest request =
          new BacktestRequest(
              strategy,
              symbols,
              start,
              end,
              config,
              (int) number(body, "fast", 50),
              (int) number(body, "slow", 200),
              (int) number(body, "rsi_period", 14));
      request.create();
      return request;
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
  }

  /** A fresh strategy instance. */
  Strategy create() {
    return switch (strategy) {
      case "sma-cross" -> new SmaCrossStrategy(fast, slow);
      case "rsi-reversion" -> new RsiReversionStrategy(rsiPeriod, 30, 70);
      default -> new BreadthSignalStrategy(SignalWeights.defaults());
    };
  }

  private static List<String> symbols(JsonNode body) {
    if (body.hasNonNull("universe")) {
      String name = body.get("universe").asText();
      if (!Universes.BUILT_IN.contains(name)) {
        throw ApiException.badRequest("universe must be one of " + Universes.BUILT_IN);
      }
      return Universes.load(name).symbols();
    }
    JsonNode array = body.path("symbols");
    if (!array.isArray() || array.isEmpty() || array.size() > MAX_SYMBOLS) {
      throw ApiException.badRequest("give universe or symbols (an array of 1 to 500 symbols)");
    }
    List<String> symbols = new ArrayList<>();
    for (JsonNode node : array) {
      String symbol = node.asText("").toUpperCase(Locale.ROOT);
      if (!Symbols.isValid(symbol)) {
        throw ApiException.badRequest("invalid symbol '" + node.asText("") + "'");
      }
      if (!symbols.contains(symbol)) {
        symbols.add(symbol);
      }
    }
    return symbols;
  }

  private static LocalDate date(JsonNode body, String field) {
    try {
      return LocalDate.parse(body.path(field).asText(""));
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(field + " must be a date YYYY-MM-DD");
    }
  }

  private static double number(JsonNode body, String field, double fallback) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) {
      return fallback;
    }
    if (!node.isNumber() || !Double.isFinite(node.asDouble())) {
      throw ApiException.badRequest(field + " must be a number");
    }
    return node.asDouble();
  }
}
