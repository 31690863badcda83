package io.breadthflow.server.command;

import com.fasterxml.jackson.databind.JsonNode;
import io.breadthflow.core.domain.Symbols;
import io.breadthflow.ingest.universe.Universes;
import io.breadthflow.server.api.ApiException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One parameter of a whitelisted command: its JSON name, the {@code bf} option it becomes, and the
 * values it accepts. Values are checked here, never passed through raw.
 *
 * @param name JSON name
 * @param option the {@code bf} option
 * @param kind what values are valid
 * @param choices allowed values for {@link Kind#CHOICE}
 * @param required must be given
 */
record Parameter(String name, String option, Kind kind, List<String> choices, boolean required) {

  /** Value kinds. */
  enum Kind {
    SYMBOLS,
    UNIVERSE,
    DATE,
    CHOICE,
    NUMBER,
    COUNT,
    FLAG
  }

  static Parameter of(String name, String option, Kind kind, boolean required) {
    return new Parameter(name, option, kind, List.of(), required);
  }

  static Parameter choice(String name, String option, boolean required, String... choices) {
    return new Parameter(name, option, Kind.CHOICE, List.of(choices), required);
  }

  /** The command-line words for {@code value}; empty when a flag is false. */
  List<String> words(JsonNode value) {
    String text =
        value.isTextual() || value.isNumber() || value.isBoolean() ? value.asText() : null;
    return switch (kind) {
      case SYMBOLS -> List.of(option, symbols(value));
      case UNIVERSE -> {
        if (!Universes.BUILT_IN.contains(text)) {
          throw ApiException.badRequest(name + " must be one of " + Universes.BUILT_IN);
        }
        yield List.of(option, text);
      }
      case DATE -> {
        try {
          yield List.of(option, LocalDate.parse(String.valueOf(text)).toString());
        } catch (DateTimeParseException e) {
          throw ApiException.badRequest(name + " must be a date YYYY-MM-DD");
        }
      }
      case CHOICE -> {
        if (!choices.contains(text)) {
          throw ApiException.badRequest(name + " must be one of " + choices);
        }
        yield List.of(option, text);
      }
      case NUMBER -> {
        if (!value.isNumber() || !Double.isFinite(value.asDouble())) {
          throw ApiException.badRequest(name + " must be a number");
        }
        yield List.of(option, value.asText());
      }
      case COUNT -> {
        if (!value.canConvertToLong() || !value.isIntegralNumber() || value.asLong() < 1) {
          throw ApiException.badRequest(name + " must be a whole number of at least 1");
        }
        yield List.of(option, Long.toString(value.asLong()));
      }
      case FLAG -> {
        if (!value.isBoolean()) {
          throw ApiException.badRequest(name + " must be true or false");
        }
        yield value.asBoolean() ? List.of(option) : List.of();
      }
    };
  }

  private String symbols(JsonNode value) {
    if (!value.isArray() || value.isEmpty() || value.size() > 500) {
      throw ApiException.badRequest(name + " must be an array of 1 to 500 symbols");
    }
    List<String> symbols = new ArrayList<>();
    for (JsonNode node : value) {
      String symbol = node.asText("").toUpperCase(Locale.ROOT);
      if (!Symbols.isValid(symbol)) {
        throw ApiException.badRequest("invalid symbol '" + node.asText("") + "'");
      }
      symbols.add(symbol);
    }
    return String.join(",", symbols);
  }
}
