package io.breadthflow.app.backtest;

import com.fasterxml.jackson.databind.JsonNode;
import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.UserText;
import io.breadthflow.app.universe.DateRange;
import io.breadthflow.core.walkforward.Objective;
import io.breadthflow.core.walkforward.WindowMode;
import io.breadthflow.ingest.membership.PointInTimeUniverse;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Builds a {@link WalkForwardRequest} from JSON, as {@code POST /api/backtests/walk-forward}
 * receives it: {@code strategy} ({@code sma-cross}|{@code rsi-reversion}), {@code grid} (text,
 * {@link ParameterGrid}), {@code train} and {@code test} ({@link WindowLength}, e.g. {@code "2y"},
 * {@code "6m"}), optionally {@code mode} ({@code rolling}|{@code anchored}, default rolling),
 * {@code objective} ({@code sharpe}|{@code sortino}|{@code calmar}|{@code cagr}|{@code
 * total_return}, default sharpe) and {@code parallel} (default one per processor), then {@code
 * symbols}, {@code universe} or {@code point_in_time} (a stored point-in-time universe, where the
 * caller can look one up), {@code start_date}, {@code end_date} and the portfolio settings as for
 * {@link BacktestParameters}. Unknown fields and values out of range are refused.
 */
public final class WalkForwardParameters {
  private static final Set<String> FIXED =
      Set.of(
          "strategy",
          "grid",
          "train",
          "test",
          "mode",
          "objective",
          "parallel",
          "symbols",
          "universe",
          "point_in_time",
          "start_date",
          "end_date",
          "sizing",
          "whole_shares",
          "long_short");

  private WalkForwardParameters() {}

  /** The request {@code body} describes; {@code point_in_time} is refused (no store to look in). */
  public static WalkForwardRequest parse(JsonNode body) {
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
  public static WalkForwardRequest parse(
      JsonNode body, Function<String, PointInTimeUniverse> pointInTime) {
    if (body == null || !body.isObject()) {
      throw UseCaseException.invalid("parameters must be a JSON object");
    }
    Set<String> known = new TreeSet<>(FIXED);
    PortfolioLimits.ALL.forEach(l -> known.add(l.name()));
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        throw UseCaseException.invalid("unknown parameter '" + name + "'; known: " + known);
      }
    }
    String strategy = BacktestParameters.text(body, "strategy");
    String pointInTimeName = BacktestParameters.text(body, "point_in_time");
    if (pointInTimeName != null && (body.has("universe") || body.has("symbols"))) {
      throw UseCaseException.invalid("give one of universe, symbols or point_in_time");
    }
    Optional<PointInTimeUniverse> pit = Optional.ofNullable(pointInTimeName).map(pointInTime);
    return new WalkForwardRequest(
        pit.map(PointInTimeUniverse::everMembers)
            .orElseGet(() -> BacktestParameters.universe(body)),
        new DateRange(
            BacktestParameters.date(body, "start_date"), BacktestParameters.date(body, "end_date")),
        strategy,
        ParameterGrid.parse(strategy, BacktestParameters.text(body, "grid")),
        WindowLength.parse(required(body, "train")),
        WindowLength.parse(required(body, "test")),
        choice(body, "mode", WindowMode.class, WindowMode.ROLLING),
        choice(body, "objective", Objective.class, Objective.SHARPE),
        BacktestParameters.config(body),
        parallel(body),
        pit);
  }

  /** The enum constant named (in lower case) by {@code field}, or {@code fallback}. */
  public static <E extends Enum<E>> E choice(
      JsonNode body, String field, Class<E> type, E fallback) {
    Optional<String> text = Optional.ofNullable(BacktestParameters.text(body, field));
    return text.map(t -> named(type, field, t)).orElse(fallback);
  }

  /** The constant of {@code type} whose lower-case name is {@code text}. */
  public static <E extends Enum<E>> E named(Class<E> type, String field, String text) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().toLowerCase(Locale.ROOT).equals(text)) {
        return constant;
      }
    }
    throw UseCaseException.invalid(
        field
            + " must be one of "
            + Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(Locale.ROOT))
                .toList()
            + ", got '"
            + UserText.quoted(text)
            + "'");
  }

  private static String required(JsonNode body, String field) {
    String text = BacktestParameters.text(body, field);
    if (text == null) {
      throw UseCaseException.invalid(field + " is required, a window length like 6m or 2y");
    }
    return text;
  }

  private static int parallel(JsonNode body) {
    JsonNode node = body.get("parallel");
    if (node == null || node.isNull()) {
      return WalkForwardRequest.maxParallel();
    }
    if (!node.isInt()) {
      throw UseCaseException.invalid("parallel must be a whole number");
    }
    return node.asInt();
  }
}
