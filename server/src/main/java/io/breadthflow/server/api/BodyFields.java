package io.breadthflow.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Typed fields of a JSON request body; a field of the wrong JSON type, or one the route does not
 * take, is a 400 naming it. Ranges and formats are checked by the request records the fields build.
 */
public final class BodyFields {
  private BodyFields() {}

  /** Refuses a body with a field not in {@code allowed}. */
  public static void only(JsonNode body, Set<String> allowed) {
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw ApiException.badRequest(
            "unknown field '"
                + PublicText.redacted(name.length() > 40 ? name.substring(0, 40) : name)
                + "' (this request takes "
                + String.join(", ", allowed.stream().sorted().toList())
                + ")");
      }
    }
  }

  /** A string field; empty when absent or null. */
  public static Optional<String> text(JsonNode body, String name) {
    JsonNode value = body.get(name);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      throw ApiException.badRequest(name + " must be a string");
    }
    return Optional.of(value.asText());
  }

  /** A whole-number field; empty when absent or null. */
  public static Optional<Long> whole(JsonNode body, String name) {
    JsonNode value = body.get(name);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.canConvertToExactIntegral() || !value.canConvertToLong()) {
      throw ApiException.badRequest(name + " must be a whole number");
    }
    return Optional.of(value.asLong());
  }

  /** An array of strings; 400 when absent or of another type. */
  public static List<String> texts(JsonNode body, String name) {
    JsonNode value = array(body, name);
    List<String> texts = new ArrayList<>(value.size());
    for (JsonNode element : value) {
      if (!element.isTextual()) {
        throw ApiException.badRequest(name + " must be an array of strings");
      }
      texts.add(element.asText());
    }
    return texts;
  }

  /** An array of whole numbers; 400 when absent or of another type. */
  public static List<Long> wholes(JsonNode body, String name) {
    JsonNode value = array(body, name);
    List<Long> numbers = new ArrayList<>(value.size());
    for (JsonNode element : value) {
      if (!element.canConvertToExactIntegral() || !element.canConvertToLong()) {
        throw ApiException.badRequest(name + " must be an array of whole numbers");
      }
      numbers.add(element.asLong());
    }
    return numbers;
  }

  private static JsonNode array(JsonNode body, String name) {
    JsonNode value = body.get(name);
    if (value == null || !value.isArray()) {
      throw ApiException.badRequest(name + " must be an array");
    }
    return value;
  }
}
