package io.breadthflow.app.strategy;

import com.fasterxml.jackson.databind.JsonNode;
import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.settings.SettingsFile;
import io.breadthflow.core.strategy.BreadthMeasure;
import io.breadthflow.core.strategy.Comparison;
import io.breadthflow.core.strategy.Condition;
import io.breadthflow.core.strategy.Operand;
import io.breadthflow.core.strategy.Scope;
import io.breadthflow.core.strategy.SeriesKind;
import io.breadthflow.core.strategy.StrategyProgram;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads a strategy-language file (JSON, or YAML for {@code .yaml}/{@code .yml}) into a {@link
 * StrategyProgram}; the grammar is docs/STRATEGY-LANGUAGE.md. Unknown keys, missing keys, wrong
 * types and values out of range are usage errors of one line naming the file and the key's path,
 * e.g. {@code long[2].breadth: unknown key 'scop'}.
 */
public final class RulesFile {
  private static final Set<String> ROOT = Set.of("name", "universe", "long", "exit");
  private static final Set<String> UNIVERSE = Set.of("sector");
  private static final Set<String> NODE = Set.of("symbol", "breadth", "all", "any");
  private static final List<String> COMPARISONS =
      List.of(
          Comparison.ABOVE.code(),
          Comparison.BELOW.code(),
          Comparison.CROSSES_ABOVE.code(),
          Comparison.CROSSES_BELOW.code());
  private static final Set<String> SERIES = Set.of("indicator", "period");
  private static final Set<String> SYMBOL = with(SERIES);
  private static final Set<String> BREADTH = with(Set.of("indicator", "scope"));

  private RulesFile() {}

  /** The strategy in {@code file}; any problem is a usage error naming the file and the key. */
  public static StrategyProgram read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw UseCaseException.invalid("strategy file " + file.getFileName() + " does not exist");
    }
    try {
      return parse(SettingsFile.read(file, ROOT), baseName(file));
    } catch (IOException e) {
      throw invalid(file, "not valid JSON or YAML: " + firstLine(e.getMessage()));
    } catch (IllegalArgumentException e) {
      throw invalid(file, firstLine(e.getMessage()));
    }
  }

  /** Parses a file's root object; problems are {@link IllegalArgumentException}s with a path. */
  static StrategyProgram parse(JsonNode root, String defaultName) {
    String name = root.has("name") ? text(root, "name", "") : defaultName;
    String sector = root.has("universe") ? sector(root.get("universe")) : "";
    if (!root.has("long")) {
      throw new IllegalArgumentException("long: required (the entry conditions)");
    }
    Condition entry = list(root.get("long"), "long");
    Condition exit = root.has("exit") ? list(root.get("exit"), "exit") : null;
    return at("", () -> new StrategyProgram(name, sector, entry, exit));
  }

  private static String sector(JsonNode universe) {
    known(universe, UNIVERSE, "universe");
    String sector = text(universe, "sector", "universe.");
    if (sector.isBlank()) {
      throw new IllegalArgumentException("universe.sector: must name a sector");
    }
    return sector;
  }

  private static Condition list(JsonNode node, String path) {
    if (!node.isArray() || node.isEmpty()) {
      throw new IllegalArgumentException(path + ": must be a list of conditions (all must hold)");
    }
    List<Condition> of = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      of.add(condition(node.get(i), path + "[" + (i + 1) + "]"));
    }
    return of.size() == 1 ? of.get(0) : at(path, () -> new Condition.All(of));
  }

  private static Condition condition(JsonNode node, String path) {
    known(node, NODE, path);
    if (node.size() != 1) {
      throw new IllegalArgumentException(path + ": needs exactly one of symbol, breadth, all, any");
    }
    String kind = node.fieldNames().next();
    JsonNode body = node.get(kind);
    String inner = path + "." + kind;
    return switch (kind) {
      case "symbol" -> symbol(body, inner);
      case "breadth" -> breadth(body, inner);
      case "all" -> {
        List<Condition> of = children(body, inner);
        yield at(inner, () -> new Condition.All(of));
      }
      default -> {
        List<Condition> of = children(body, inner);
        yield at(inner, () -> new Condition.Any(of));
      }
    };
  }

  private static List<Condition> children(JsonNode node, String path) {
    if (!node.isArray() || node.isEmpty()) {
      throw new IllegalArgumentException(path + ": must be a list of conditions");
    }
    List<Condition> of = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      of.add(condition(node.get(i), path + "[" + (i + 1) + "]"));
    }
    return of;
  }

  private static Condition symbol(JsonNode node, String path) {
    known(node, SYMBOL, path);
    Operand.Series series = series(node, path);
    String key = comparisonKey(node, path);
    JsonNode reference = node.get(key);
    Operand right;
    if (reference.isObject()) {
      known(reference, SERIES, path + "." + key);
      right = series(reference, path + "." + key);
    } else if (reference.isNumber()) {
      right = at(path + "." + key, () -> new Operand.Level(reference.asDouble()));
    } else {
      throw new IllegalArgumentException(
          path + "." + key + ": must be a number or {indicator: ..., period: ...}");
    }
    Comparison comparison = comparison(key);
    return at(path, () -> new Condition.SymbolTest(series, comparison, right));
  }

  private static Operand.Series series(JsonNode node, String path) {
    String code = text(node, "indicator", path + ".");
    SeriesKind kind = at(path + ".indicator", () -> SeriesKind.parse(code));
    int period = 0;
    if (node.has("period")) {
      JsonNode value = node.get("period");
      if (!value.isIntegralNumber() || !value.canConvertToInt()) {
        throw new IllegalArgumentException(path + ".period: must be a whole number");
      }
      period = value.asInt();
    } else if (kind != SeriesKind.CLOSE) {
      throw new IllegalArgumentException(
          path
              + ".period: required for "
              + kind.code()
              + " ("
              + kind.minPeriod()
              + " to "
              + kind.maxPeriod()
              + ")");
    }
    int p = period;
    return at(path + ".period", () -> new Operand.Series(kind, p));
  }

  private static Condition breadth(JsonNode node, String path) {
    known(node, BREADTH, path);
    String code = text(node, "indicator", path + ".");
    BreadthMeasure measure = at(path + ".indicator", () -> BreadthMeasure.parse(code));
    String scopeCode = node.has("scope") ? text(node, "scope", path + ".") : Scope.UNIVERSE.code();
    Scope scope = at(path + ".scope", () -> Scope.parse(scopeCode));
    String key = comparisonKey(node, path);
    JsonNode level = node.get(key);
    if (!level.isNumber()) {
      throw new IllegalArgumentException(path + "." + key + ": must be a number");
    }
    Comparison comparison = comparison(key);
    return at(
        path + "." + key,
        () -> new Condition.BreadthTest(measure, scope, comparison, level.asDouble()));
  }

  private static String comparisonKey(JsonNode node, String path) {
    String found = null;
    for (String key : COMPARISONS) {
      if (node.has(key)) {
        if (found != null) {
          throw new IllegalArgumentException(
              path + ": needs exactly one of " + String.join(", ", COMPARISONS));
        }
        found = key;
      }
    }
    if (found == null) {
      throw new IllegalArgumentException(path + ": needs one of " + String.join(", ", COMPARISONS));
    }
    return found;
  }

  private static Comparison comparison(String key) {
    for (Comparison comparison : Comparison.values()) {
      if (comparison.code().equals(key)) {
        return comparison;
      }
    }
    throw new IllegalStateException(key);
  }

  private static void known(JsonNode node, Set<String> keys, String path) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException(path + ": must be an object");
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!keys.contains(name)) {
        throw new IllegalArgumentException(path + ": unknown key '" + name + "'");
      }
    }
  }

  private static String text(JsonNode node, String key, String path) {
    JsonNode value = node.get(key);
    if (value == null || !value.isTextual()) {
      throw new IllegalArgumentException(
          path + key + (value == null ? ": required" : ": must be text"));
    }
    return value.asText();
  }

  /** Runs a constructor, prefixing its error with {@code path}. */
  private static <T> T at(String path, java.util.function.Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException e) {
      String message = e.getMessage();
      throw new IllegalArgumentException(
          path.isEmpty() || message.startsWith(path) ? message : path + ": " + message, e);
    }
  }

  private static Set<String> with(Set<String> keys) {
    java.util.HashSet<String> all = new java.util.HashSet<>(keys);
    all.addAll(COMPARISONS);
    return Set.copyOf(all);
  }

  private static UseCaseException invalid(Path file, String message) {
    return UseCaseException.invalid("strategy file " + file.getFileName() + ": " + message);
  }

  private static String firstLine(String message) {
    return String.valueOf(message).lines().findFirst().orElse("");
  }

  private static String baseName(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
