package io.breadthflow.server.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.breadthflow.app.Application;
import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.backtest.BacktestParameters;
import io.breadthflow.app.backtest.BacktestReport;
import io.breadthflow.app.data.FetchMode;
import io.breadthflow.app.data.FetchRequest;
import io.breadthflow.app.data.Provider;
import io.breadthflow.app.data.SourceChoice;
import io.breadthflow.app.demo.DemoLoad;
import io.breadthflow.app.demo.DemoPlan;
import io.breadthflow.app.json.Json;
import io.breadthflow.app.kafka.KafkaDemoRequest;
import io.breadthflow.app.run.Progress;
import io.breadthflow.app.run.Recorded;
import io.breadthflow.app.signals.SignalRequest;
import io.breadthflow.app.universe.DateRange;
import io.breadthflow.app.universe.Selection;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.signal.SignalWeights;
import io.breadthflow.ingest.universe.Universe;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The whitelist of the command API: each command's JSON parameters become the use case's request
 * record (checked there, the same as for the CLI), and running it calls the service directly.
 * Unknown commands and unknown parameters are refused; the quick flows ({@code demo}, {@code
 * small}, {@code medium}, {@code full}) are the one demo flow.
 */
final class CommandCatalog {
  /** A validated command, ready to run; returns what its output ends with (written as JSON). */
  interface Task {
    Object run(Progress progress) throws Exception;
  }

  private static final Set<String> SELECTION =
      Set.of("symbols", "symbol_list", "start_date", "end_date");

  private static final List<String> COMMANDS =
      List.of(
          "data_summary",
          "signal_summary",
          "kafka_demo",
          "data_fetch",
          "signal_generate",
          "backtest_run");

  private CommandCatalog() {}

  /** The quick flows, as their commands are named. */
  static List<String> flows() {
    return java.util.Arrays.stream(DemoPlan.Flow.values())
        .map(flow -> flow.name().toLowerCase(Locale.ROOT))
        .toList();
  }

  /** Parameters each command can be run with on the demo's data, for the dashboard's form. */
  static Map<String, Object> examples(LocalDate today) {
    String yearAgo = today.minusYears(1).toString();
    String quarterAgo = today.minusMonths(3).toString();
    String end = today.toString();
    Map<String, Object> examples = new LinkedHashMap<>();
    examples.put("data_summary", Map.of());
    examples.put("signal_summary", Map.of());
    examples.put(
        "data_fetch",
        Map.of(
            "symbol_list", "demo_small", "source", "sim", "start_date", yearAgo, "end_date", end));
    examples.put(
        "signal_generate",
        Map.of("symbol_list", "demo_small", "start_date", quarterAgo, "end_date", end));
    examples.put(
        "backtest_run",
        Map.of(
            "symbols",
            List.of("AAPL", "MSFT"),
            "strategy",
            "sma-cross",
            "fast",
            20,
            "slow",
            100,
            "start_date",
            yearAgo,
            "end_date",
            end));
    examples.put("kafka_demo", Map.of("trades", 2000, "symbol_list", "demo_small"));
    return examples;
  }

  /** Names accepted by {@link #task}. */
  static List<String> names() {
    List<String> names = new ArrayList<>(COMMANDS);
    for (DemoPlan.Flow flow : DemoPlan.Flow.values()) {
      names.add(flow.name().toLowerCase(Locale.ROOT));
    }
    return names.stream().sorted().toList();
  }

  /**
   * The task {@code name} with {@code parameters} runs on {@code app}.
   *
   * @throws UseCaseException for an unknown command or parameter, or an invalid value
   */
  static Task task(String name, JsonNode parameters, LocalDate today, Application app) {
    JsonNode given =
        parameters == null || parameters.isNull() ? Json.MAPPER.createObjectNode() : parameters;
    if (!given.isObject()) {
      throw UseCaseException.invalid("parameters must be a JSON object");
    }
    for (DemoPlan.Flow flow : DemoPlan.Flow.values()) {
      if (flow.name().toLowerCase(Locale.ROOT).equals(name)) {
        allow(given, Set.of());
        DemoPlan plan = DemoPlan.flow(flow, today);
        return progress -> loaded(app.demo().load(plan, progress, progress));
      }
    }
    return switch (name) {
      case "data_summary" -> {
        allow(given, Set.of());
        yield progress -> app.summary().summary().result();
      }
      case "signal_summary" -> {
        allow(given, Set.of());
        yield progress -> app.signals().summary().result();
      }
      case "kafka_demo" -> {
        allow(given, Set.of("trades", "symbol_list"));
        KafkaDemoRequest request =
            new KafkaDemoRequest(
                (int) whole(given, "trades", 60_000, KafkaDemoRequest.MAX_TRADES),
                Selection.builtIn(text(given, "symbol_list", "demo_small")),
                app.configuration().kafkaBootstrap());
        yield progress -> app.kafkaDemo().run(request, progress).result().counts();
      }
      case "data_fetch" -> {
        allow(given, union(SELECTION, Set.of("source", "interval")));
        FetchRequest request =
            new FetchRequest(
                universe(given),
                range(given),
                interval(given),
                SourceChoice.of(Provider.of(text(given, "source", "yahoo"))),
                FetchRequest.DEFAULT_PARALLEL,
                FetchMode.MISSING);
        yield progress -> app.fetch().fetch(request, progress).result();
      }
      case "signal_generate" -> {
        allow(given, union(SELECTION, Set.of("fetch_missing", "source")));
        Optional<SourceChoice> fetch =
            flag(given, "fetch_missing")
                ? Optional.of(SourceChoice.of(Provider.of(text(given, "source", "yahoo"))))
                : Optional.empty();
        SignalRequest request =
            new SignalRequest(universe(given), range(given), SignalWeights.defaults(), fetch);
        yield progress -> app.signals().generate(request, progress).result().counts();
      }
      case "backtest_run" -> {
        ObjectNode body = ((ObjectNode) given).deepCopy();
        JsonNode list = body.remove("symbol_list");
        if (list != null) {
          body.set("universe", list);
        }
        var request = BacktestParameters.parse(body);
        yield progress -> backtest(app.backtests().run(request, progress));
      }
      default ->
          throw UseCaseException.invalid("unknown command '" + name + "': one of " + names());
    };
  }

  private static Map<String, Object> backtest(Recorded<BacktestReport> recorded) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("run_id", recorded.runId());
    view.put("backtest", recorded.result().backtestId());
    view.put("metrics", recorded.result().json().get("metrics"));
    return view;
  }

  private static Map<String, Object> loaded(DemoLoad load) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("symbols", load.symbols().size());
    view.put("signals", load.signals().signals());
    view.put("backtest_run", load.backtestRunId());
    return view;
  }

  private static Universe universe(JsonNode given) {
    JsonNode symbols = given.get("symbols");
    String list = text(given, "symbol_list", null);
    if (symbols != null && !symbols.isNull()) {
      if (list != null) {
        throw UseCaseException.invalid("give symbols or symbol_list, not both");
      }
      if (!symbols.isArray()) {
        throw UseCaseException.invalid("symbols must be an array of symbols");
      }
      List<String> names = new ArrayList<>();
      symbols.forEach(node -> names.add(node.isTextual() ? node.asText() : "?"));
      return Selection.symbols(names);
    }
    if (list == null) {
      throw UseCaseException.invalid("give symbols or symbol_list");
    }
    return Selection.builtIn(list);
  }

  private static DateRange range(JsonNode given) {
    return new DateRange(date(given, "start_date"), date(given, "end_date"));
  }

  private static Interval interval(JsonNode given) {
    String code = text(given, "interval", "1d");
    try {
      return Interval.parse(code);
    } catch (IllegalArgumentException e) {
      throw UseCaseException.invalid("interval must be one of 1d, 1h, 15m, 5m, 1m");
    }
  }

  private static LocalDate date(JsonNode given, String field) {
    String text = text(given, field, null);
    if (text == null) {
      throw UseCaseException.invalid(field + " is required");
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw UseCaseException.invalid(field + " must be a date YYYY-MM-DD");
    }
  }

  private static long whole(JsonNode given, String field, long fallback, long max) {
    JsonNode value = given.get(field);
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!value.isIntegralNumber()
        || !value.canConvertToLong()
        || value.asLong() < 1
        || value.asLong() > max) {
      throw UseCaseException.invalid(field + " must be a whole number from 1 to " + max);
    }
    return value.asLong();
  }

  private static boolean flag(JsonNode given, String field) {
    JsonNode value = given.get(field);
    if (value == null || value.isNull()) {
      return false;
    }
    if (!value.isBoolean()) {
      throw UseCaseException.invalid(field + " must be true or false");
    }
    return value.asBoolean();
  }

  private static String text(JsonNode given, String field, String fallback) {
    JsonNode value = given.get(field);
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!value.isTextual()) {
      throw UseCaseException.invalid(field + " must be a string");
    }
    return value.asText();
  }

  private static void allow(JsonNode given, Set<String> known) {
    for (Iterator<String> names = given.fieldNames(); names.hasNext(); ) {
      String field = names.next();
      if (!known.contains(field)) {
        throw UseCaseException.invalid(
            "unknown parameter '"
                + field
                + "'"
                + (known.isEmpty() ? ": this command takes none" : "; known: " + known));
      }
    }
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new TreeSet<>(a);
    all.addAll(b);
    return all;
  }
}
