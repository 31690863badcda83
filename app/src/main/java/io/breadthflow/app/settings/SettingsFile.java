package io.breadthflow.app.settings;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

/**
 * A settings file in JSON or YAML ({@code .yaml}/{@code .yml}): one object whose keys are checked
 * against the known ones, so a typo is an error rather than silently ignored.
 */
public final class SettingsFile {
  private SettingsFile() {}

  /** The object in {@code file}, with only {@code keys} allowed. */
  public static JsonNode read(Path file, Set<String> keys) throws IOException {
    boolean yaml = file.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.ya?ml");
    ObjectMapper mapper = yaml ? new ObjectMapper(new YAMLFactory()) : new ObjectMapper();
    mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    JsonNode root = mapper.readTree(Files.readString(file));
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("expected an object with " + keys);
    }
    requireKnown(root, keys, "key");
    return root;
  }

  /** Fails on a field of {@code node} that is not in {@code known}. */
  public static void requireKnown(JsonNode node, Set<String> known, String what) {
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

  /** The number at {@code key}, or {@code fallback} when absent. */
  public static double number(JsonNode node, String key, double fallback) {
    JsonNode value = node.path(key);
    if (value.isMissingNode()) {
      return fallback;
    }
    if (!value.isNumber()) {
      throw new IllegalArgumentException("'" + key + "' must be a number");
    }
    return value.asDouble();
  }

  /** The whole number at {@code key}, or {@code fallback} when absent. */
  public static int count(JsonNode node, String key, int fallback) {
    JsonNode value = node.path(key);
    if (value.isMissingNode()) {
      return fallback;
    }
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw new IllegalArgumentException("'" + key + "' must be a whole number");
    }
    return value.asInt();
  }
}
