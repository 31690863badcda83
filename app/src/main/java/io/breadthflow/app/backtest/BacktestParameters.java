package io.breadthflow.app.backtest;

import com.fasterxml.jackson.databind.JsonNode;
import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.universe.DateRange;
import io.breadthflow.app.universe.Selection;
import io.breadthflow.core.adjust.Adjustment;
import io.breadthflow.core.backtest.BacktestConfig;
import io.breadthflow.core.backtest.Direction;
import io.breadthflow.core.backtest.Quantities;
import io.breadthflow.core.backtest.Sizing;
import io.breadthflow.ingest.membership.PointInTimeUniverse;
import io.breadthflow.ingest.universe.Universe;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Builds a {@link BacktestRequest} from JSON parameters, as {@code POST /api/backtests} and the
 * command API's {@code backtest_run} receive them: {@code strategy} (a built-in name), {@code
 * symbols} (array), {@code universe} (built-in name) or {@code point_in_time} (a stored
 * point-in-time universe, where the caller can look one up), {@code start_date}, {@code end_date},
 * optionally {@code benchmark}, the strategy's parameters and the portfolio settings ({@link
 * StrategyCatalog}), {@code sizing} ({@code equal_weight}|{@code volatility_target}), {@code
 * whole_shares}, {@code long_short} and {@code adjust} ({@code raw}|{@code split}|{@code
 * total-return}, default {@code total-return}). Unknown fields and values out of range are refused.
 */
public final class BacktestParameters {
  private static final Set<String> FIXED =
      Set.of(
          "strategy",
          "symbols",
          "universe",
          "start_date",
          "end_date",
          "benchmark",
          "sizing",
          "whole_shares",
          "long_short",
          "adjust",
          "point_in_time");

  private BacktestParameters() {}

  /** The request {@code body} describes; {@code point_in_time} is refused (no store to look in). */
  public static BacktestRequest parse(JsonNode body) {
    return parse(
        body,
        name -> {
          throw UseCaseException.invalid("point_in_time universes are not available here");
        });
  }

  /**
   * The request {@code body} describes, a {@code point_in_time} universe looked up with {@code
   * pointInTime} (which throws a {@link UseCaseException} for an unknown name).
   */
  public static BacktestRequest parse(
      JsonNode body, Function<String, PointInTimeUniverse> pointInTime) {
    if (body == null || !body.isObject()) {
      throw UseCaseException.invalid("parameters must be a JSON object");
    }
    Set<String> known = new TreeSet<>(FIXED);
    StrategyCatalog.catalog()
        .strategies()
        .forEach(s -> s.parameters().forEach(l -> known.add(l.name())));
    PortfolioLimits.ALL.forEach(l -> known.add(l.name()));
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        throw UseCaseException.invalid("unknown parameter '" + name + "'; known: " + known);
      }
    }
    StrategySpec strategy = strategy(body);
    String pointInTimeName = text(body, "point_in_time");
    if (pointInTimeName != null && (body.has("universe") || body.has("symbols"))) {
      throw UseCaseException.invalid("give one of universe, symbols or point_in_time");
    }
    DateRange range = new DateRange(date(body, "start_date"), date(body, "end_date"));
    Optional<String> benchmark =
        Optional.ofNullable(text(body, "benchmark")).map(s -> s.toUpperCase(Locale.ROOT));
    if (pointInTimeName != null) {
      return BacktestRequest.pointInTime(
          pointInTime.apply(pointInTimeName),
          range,
          strategy,
          config(body),
          benchmark,
          adjustment(body));
    }
    return new BacktestRequest(
        universe(body), range, strategy, config(body), benchmark, adjustment(body));
  }

  private static Adjustment adjustment(JsonNode body) {
    String code = text(body, "adjust");
    if (code == null) {
      return Adjustment.TOTAL_RETURN;
    }
    try {
      return Adjustment.of(code);
    } catch (IllegalArgumentException e) {
      throw UseCaseException.invalid(e.getMessage());
    }
  }

  private static StrategySpec strategy(JsonNode body) {
    String name = text(body, "strategy");
    if (name == null) {
      throw UseCaseException.invalid("strategy is required: one of " + StrategySpec.NAMES);
    }
    return switch (name) {
      case StrategySpec.SmaCross.NAME ->
          new StrategySpec.SmaCross(
              whole(body, StrategySpec.SmaCross.FAST), whole(body, StrategySpec.SmaCross.SLOW));
      case StrategySpec.RsiReversion.NAME ->
          new StrategySpec.RsiReversion(
              whole(body, StrategySpec.RsiReversion.PERIOD),
              number(body, StrategySpec.RsiReversion.OVERSOLD),
              number(body, StrategySpec.RsiReversion.OVERBOUGHT));
      case StrategySpec.Breadth.NAME -> new StrategySpec.Breadth();
      default -> throw UseCaseException.invalid("strategy must be one of " + StrategySpec.NAMES);
    };
  }

  static Universe universe(JsonNode body) {
    String name = text(body, "universe");
    JsonNode symbols = body.get("symbols");
    if (name != null && symbols != null && !symbols.isNull()) {
      throw UseCaseException.invalid("give universe or symbols, not both");
    }
    if (name != null) {
      return Selection.builtIn(name);
    }
    if (symbols == null || !symbols.isArray()) {
      throw UseCaseException.invalid("give universe or symbols (an array of symbols)");
    }
    List<String> list = new ArrayList<>();
    for (JsonNode node : symbols) {
      if (!node.isTextual()) {
        throw UseCaseException.invalid("symbols must be strings");
      }
      list.add(node.asText());
    }
    return Selection.symbols(list);
  }

  static BacktestConfig config(JsonNode body) {
    String sizing = Optional.ofNullable(text(body, "sizing")).orElse("equal_weight");
    Sizing chosen =
        switch (sizing) {
          case "equal_weight" -> Sizing.EQUAL_WEIGHT;
          case "volatility_target" -> Sizing.VOLATILITY_TARGET;
          default ->
              throw UseCaseException.invalid("sizing must be equal_weight or volatility_target");
        };
    return new BacktestConfig(
        number(body, PortfolioLimits.INITIAL_CAPITAL),
        number(body, PortfolioLimits.COMMISSION_BPS),
        number(body, PortfolioLimits.COMMISSION_PER_SHARE),
        number(body, PortfolioLimits.SLIPPAGE_BPS),
        flag(body, "whole_shares") ? Quantities.WHOLE_SHARES : Quantities.FRACTIONAL,
        chosen,
        number(body, PortfolioLimits.TARGET_VOLATILITY),
        whole(body, PortfolioLimits.MAX_POSITIONS),
        flag(body, "long_short") ? Direction.LONG_SHORT : Direction.LONG_ONLY,
        number(body, PortfolioLimits.RISK_FREE_RATE));
  }

  private static double number(JsonNode body, Limit limit) {
    JsonNode node = body.get(limit.name());
    if (node == null || node.isNull()) {
      return limit.fallback();
    }
    if (!node.isNumber()) {
      throw UseCaseException.invalid(limit.name() + " must be a number");
    }
    return limit.check(node.asDouble());
  }

  private static int whole(JsonNode body, Limit limit) {
    JsonNode node = body.get(limit.name());
    if (node != null && node.isNumber() && !node.canConvertToLong()) {
      throw UseCaseException.invalid(limit.name() + " is out of range");
    }
    return (int) number(body, limit);
  }

  private static boolean flag(JsonNode body, String field) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) {
      return false;
    }
    if (!node.isBoolean()) {
      throw UseCaseException.invalid(field + " must be true or false");
    }
    return node.asBoolean();
  }

  static LocalDate date(JsonNode body, String field) {
    String text = text(body, field);
    if (text == null) {
      throw UseCaseException.invalid(field + " is required (YYYY-MM-DD)");
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw UseCaseException.invalid(field + " must be a date YYYY-MM-DD");
    }
  }

  static String text(JsonNode body, String field) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      throw UseCaseException.invalid(field + " must be a string");
    }
    return node.asText();
  }
}
