package io.breadthflow.app.signals;

import com.fasterxml.jackson.databind.JsonNode;
import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.settings.SettingsFile;
import io.breadthflow.core.signal.SignalWeights;
import java.io.IOException;
import java.nio.file.Path;
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
      JsonNode root = SettingsFile.read(file, KEYS);
      JsonNode weights = root.path("weights");
      if (!weights.isMissingNode()) {
        SettingsFile.requireKnown(weights, WEIGHTS, "weight");
      }
      SignalWeights d = SignalWeights.defaults();
      return new SignalWeights(
          root.path("name").asText(fileName(file)),
          SettingsFile.number(weights, "breadth", d.breadth()),
          SettingsFile.number(weights, "trend", d.trend()),
          SettingsFile.number(weights, "momentum", d.momentum()),
          SettingsFile.number(weights, "volatility", d.volatility()),
          SettingsFile.number(root, "buy_threshold", d.buyThreshold()),
          SettingsFile.number(root, "sell_threshold", d.sellThreshold()));
    } catch (IOException | IllegalArgumentException e) {
      throw UseCaseException.invalid(
          "strategy file "
              + file.getFileName()
              + ": "
              + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
    }
  }

  private static String fileName(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
