package io.breadthflow.server.command;

import com.fasterxml.jackson.databind.JsonNode;
import io.breadthflow.server.api.ApiException;
import io.breadthflow.server.command.Parameter.Kind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The whitelist of the command API: each command's parameters and the {@code bf} command lines it
 * runs. Unknown commands and unknown parameters are refused; quick flows ({@code demo}, {@code
 * small}, {@code medium}, {@code full}) are fixed sequences on simulated data.
 */
final class CommandCatalog {
  private static final List<Parameter> SELECTION =
      List.of(
          Parameter.of("symbols", "--symbols", Kind.SYMBOLS, false),
          Parameter.of("symbol_list", "--symbol-list", Kind.UNIVERSE, false),
          Parameter.of("start_date", "--start-date", Kind.DATE, true),
          Parameter.of("end_date", "--end-date", Kind.DATE, true));

  private static final Map<String, Command> COMMANDS =
      Map.of(
          "data_summary", new Command(List.of("data", "summary", "--format", "json"), List.of()),
          "signal_summary",
              new Command(List.of("signals", "summary", "--format", "json"), List.of()),
          "kafka_demo",
              new Command(
                  List.of("kafka", "demo"),
                  List.of(
                      Parameter.of("trades", "--trades", Kind.COUNT, false),
                      Parameter.of("symbol_list", "--symbol-list", Kind.UNIVERSE, false))),
          "data_fetch",
              new Command(
                  List.of("data", "fetch"),
                  with(
                      SELECTION,
                      Parameter.choice("source", "--source", false, "sim", "yahoo", "alphavantage"),
                      Parameter.choice(
                          "interval", "--interval", false, "1d", "1h", "15m", "5m", "1m"))),
          "signal_generate",
              new Command(
                  List.of("signals", "generate"),
                  with(
                      SELECTION,
                      Parameter.of("fetch_missing", "--fetch-missing", Kind.FLAG, false),
                      Parameter.choice(
                          "source", "--source", false, "sim", "yahoo", "alphavantage"))),
          "backtest_run",
              new Command(
                  List.of("backtest", "run", "--format", "json"),
                  with(
                      SELECTION,
                      Parameter.choice(
                          "strategy", "--strategy", true, "sma-cross", "rsi-reversion", "breadth"),
                      Parameter.of("initial_capital", "--initial-capital", Kind.NUMBER, false),
                      Parameter.of("commission_bps", "--commission-bps", Kind.NUMBER, false),
                      Parameter.of("slippage_bps", "--slippage-bps", Kind.NUMBER, false),
                      Parameter.of("fast", "--fast", Kind.NUMBER, false),
                      Parameter.of("slow", "--slow", Kind.NUMBER, false))));

  /** Quick flows: universes of the simulated market they run on. */
  private static final Map<String, String> FLOWS =
      Map.of("small", "demo_small", "medium", "demo_medium", "full", "sp100");

  private CommandCatalog() {}

  /** Names accepted by {@link #commandLines}. */
  static List<String> names() {
    List<String> names = new ArrayList<>(COMMANDS.keySet());
    names.addAll(FLOWS.keySet());
    names.add("demo");
    return names.stream().sorted().toList();
  }

  /**
   * The validated {@code bf} command lines for a request (without {@code --store}).
   *
   * @throws ApiException 400 for an unknown command or parameter, or an invalid value
   */
  static List<List<String>> commandLines(String name, JsonNode parameters, LocalDate today) {
    JsonNode given = parameters == null || parameters.isNull() ? null : parameters;
    if (given != null && !given.isObject()) {
      throw ApiException.badRequest("parameters must be a JSON object");
    }
    if (name.equals("demo") || FLOWS.containsKey(name)) {
      if (given != null && given.size() > 0) {
        throw ApiException.badRequest(name + " takes no parameters");
      }
      return name.equals("demo")
          ? flow("sp100", today.minusMonths(18), today.minusMonths(3), "sma-cross", today)
          : flow(FLOWS.get(name), today.minusYears(3), today.minusYears(1), "breadth", today);
    }
    Command command = COMMANDS.get(name);
    if (command == null) {
      throw ApiException.badRequest("unknown command '" + name + "': one of " + names());
    }
    return List.of(command.argv(given));
  }

  /**
   * Simulated history of a universe from {@code historyStart}, its signals and a backtest of {@code
   * strategy} from {@code resultsStart}, all up to {@code today}.
   */
  private static List<List<String>> flow(
      String universe,
      LocalDate historyStart,
      LocalDate resultsStart,
      String strategy,
      LocalDate today) {
    String history = historyStart.toString();
    String results = resultsStart.toString();
    String end = today.toString();
    return List.of(
        List.of(
            "data",
            "fetch",
            "--symbol-list",
            universe,
            "--source",
            "sim",
            "--start-date",
            history,
            "--end-date",
            end),
        List.of(
            "signals",
            "generate",
            "--symbol-list",
            universe,
            "--start-date",
            results,
            "--end-date",
            end),
        List.of(
            "backtest",
            "run",
            "--strategy",
            strategy,
            "--symbol-list",
            universe,
            "--start-date",
            results,
            "--end-date",
            end));
  }

  private static List<Parameter> with(List<Parameter> base, Parameter... more) {
    List<Parameter> all = new ArrayList<>(base);
    all.addAll(List.of(more));
    return all;
  }

  /** A command's fixed words and its parameters. */
  private record Command(List<String> words, List<Parameter> parameters) {
    List<String> argv(JsonNode given) {
      List<String> argv = new ArrayList<>(words);
      if (given != null) {
        for (Iterator<String> names = given.fieldNames(); names.hasNext(); ) {
          String field = names.next();
          if (parameters.stream().noneMatch(p -> p.name().equals(field))) {
            throw ApiException.badRequest("unknown parameter '" + field + "'");
          }
        }
      }
      for (Parameter parameter : parameters) {
        JsonNode value = given == null ? null : given.get(parameter.name());
        if (value == null || value.isNull()) {
          if (parameter.required()) {
            throw ApiException.badRequest(parameter.name() + " is required");
          }
          continue;
        }
        argv.addAll(parameter.words(value));
      }
      return argv;
    }
  }
}
