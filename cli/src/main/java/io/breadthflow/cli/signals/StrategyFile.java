package io.breadthflow.cli.signals;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.breadthflow.cli.UsageException;
import io.breadthflow.core.signal.SignalWeights;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a composite-signal strategy from JSON or YAML ({@code .yaml}/{@code .yml}):
 *
 * <pre>
 * name: my-strategy
 * weights: {breadth: 0.3, trend: 0.3, momentum: 0.25, volatility: 0.15}
 * buy_threshold: 0.3
 * sell_threshold: -0.3
 * </pre>
 *
 * Absent keys take the default strategy's values; unknown keys are an error, so a typo is not
 * silently ignored.
 */
public final class StrategyFile {
  private static final Set<String> KEYS =
      Set.of("name", "weights", "buy_threshold", "sell_threshold");
  private static final Set<String> WEIGHTS = Set.of("breadth", "trend", "momentum", "volatility");

  private StrategyFile() {}

  /** The strategy in {@code file}; any problem is a usage error naming the file. */
  public static SignalWeights read(Path file) {
    try {
      boolean yaml = file.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.ya?ml");
      ObjectMapper mapper = yaml ? new ObjectMapper(new YAMLFactory()) : new ObjectMapper();
      mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
      JsonNode root = mapper.readTree(Files.readString(file));
      if (root == null || !root.isObject()) {
        throw new IllegalArgumentException("expected an object with " + KEYS);
      }
      requireKnown(root, KEYS, "key");
      JsonNode weights = root.path("weights");
      if (!weights.isMissingNode()) {
        requireKnown(weights, WEIGHTS, "weight");
      }
      SignalWeights d = SignalWeights.defaults();
      return new SignalWeights(
          root.path("name").asText(fileName(file)),
          number(weights, "breadth", d.breadth()),
          number(weights, "trend", d.trend()),
          number(weights, "momentum", d.momentum()),
          number(weights, "volatility", d.volatility()),
          number(root, "buy_threshold", d.buyThreshold()),
          number(root, "sell_threshold", d.sellThreshold()));
    } catch (IOException | IllegalArgumentException e) {
      throw new UsageException(
          "strategy file " + file + ": " + e.getMessage().lines().findFirst().orElse(""));
    }
  }

  private static void requireKnown(JsonNode node, Set<String> known, String what) {
    if (!node.isObject()) {
      throw new IllegalArgumentException("expected an object of " + known);
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        throw new IllegalArgumentException("unknown " + what + " '" + name + "'");
      }
    }
  }

  private static double number(JsonNode node, String key, double fallback) {
    JsonNode value = node.path(key);
    if (value.isMissingNode()) {
      return fallback;
    }
    if (!value.isNumber()) {
      throw new IllegalArgumentException("'" + key + "' must be a number");
    }
    return value.asDouble();
  }

  private static String fileName(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
