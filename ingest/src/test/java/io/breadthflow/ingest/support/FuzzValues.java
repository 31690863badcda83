package io.breadthflow.ingest.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Hostile inputs for the parsers' property tests: numbers and cells that break naive parsing, JSON
 * trees of any shape, and the check that an error message is one readable line.
 */
public final class FuzzValues {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private FuzzValues() {}

  /** Doubles a provider might send: ordinary prices and every edge a double has. */
  public static Arbitrary<Double> doubles() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.doubles().between(0.01, 1000)),
        net.jqwik.api.Tuple.of(1, Arbitraries.doubles()),
        net.jqwik.api.Tuple.of(
            2,
            Arbitraries.of(
                Double.NaN,
                Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY,
                Double.MAX_VALUE,
                Double.MIN_VALUE,
                1e308,
                1.7e308,
                1e9 + 1,
                1e15 + 1,
                -0.0,
                0.0,
                -1.0)));
  }

  /** Text cells standing for numbers: plain decimals and everything that is almost one. */
  public static Arbitrary<String> numberCells() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.doubles().between(0.01, 1000).map(d -> "" + d)),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().map(i -> "" + i)),
        net.jqwik.api.Tuple.of(1, doubles().map(d -> Double.toString(d))),
        net.jqwik.api.Tuple.of(
            3,
            Arbitraries.of(
                "",
                " ",
                "null",
                "NaN",
                "Infinity",
                "-Infinity",
                "1e308",
                "1.7e308",
                "1e309",
                "1e-400",
                "-1",
                "0",
                "-0",
                "0x1p3",
                "1d",
                "1f",
                " 12.5 ",
                "+.5",
                "5.",
                ".",
                "e5",
                "1e",
                "--1",
                "1,5",
                "\u0661\u0662",
                "12\u00a0",
                "9".repeat(400),
                "1" + "0".repeat(5000),
                "1".repeat(20_000) + "x")),
        net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(12)));
  }

  /** Date cells: ISO and basic dates, dates out of any calendar, and junk. */
  public static Arbitrary<String> dateCells() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(
            4,
            Arbitraries.integers()
                .between(0, 20_000)
                .map(d -> java.time.LocalDate.of(1985, 1, 1).plusDays(d).toString())),
        net.jqwik.api.Tuple.of(
            1,
            Arbitraries.integers()
                .between(0, 20_000)
                .map(
                    d ->
                        java.time.LocalDate.of(1985, 1, 1)
                            .plusDays(d)
                            .format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE))),
        net.jqwik.api.Tuple.of(
            2,
            Arbitraries.of(
                "",
                "null",
                "2013-02-30",
                "2013-13-01",
                "+999999999-12-31",
                "-999999999-01-01",
                "+10000-01-01",
                "0000-01-01",
                "99991231",
                "00000000",
                "1899-12-31",
                "2100-01-01",
                "2013-02-08T00:00:00",
                "2013/02/08",
                "\u0000\u0000\u0000")),
        net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(12)));
  }

  /** A JSON tree of any shape up to {@code depth}, its object keys drawn from {@code keys}. */
  public static Arbitrary<JsonNode> json(int depth, List<String> keys) {
    Arbitrary<JsonNode> leaf = leaves();
    if (depth <= 0) {
      return leaf;
    }
    Arbitrary<JsonNode> inner = Arbitraries.lazy(() -> json(depth - 1, keys));
    Arbitrary<String> key =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(4, Arbitraries.of(keys)),
            net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(8)));
    Arbitrary<JsonNode> array =
        inner.list().ofMaxSize(6).map(items -> NODES.arrayNode().addAll(items));
    Arbitrary<JsonNode> object =
        Combinators.combine(key.list().ofMaxSize(6), inner.list().ofSize(6))
            .as(
                (names, values) -> {
                  ObjectNode node = NODES.objectNode();
                  for (int i = 0; i < names.size(); i++) {
                    node.set(names.get(i), values.get(i));
                  }
                  return node;
                });
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, leaf),
        net.jqwik.api.Tuple.of(2, array),
        net.jqwik.api.Tuple.of(2, object));
  }

  /** Every kind of JSON scalar, with hostile numbers and strings among them. */
  public static Arbitrary<JsonNode> leaves() {
    return Arbitraries.oneOf(
        Arbitraries.just(NODES.nullNode()),
        Arbitraries.of(true, false).map(NODES::booleanNode),
        Arbitraries.longs().map(NODES::numberNode),
        Arbitraries.of(
                0L,
                -1L,
                Long.MAX_VALUE,
                Long.MIN_VALUE,
                253_402_300_800L,
                31_556_889_864_403_199L,
                1_709_303_400L,
                1_709_303_400_000L)
            .map(NODES::numberNode),
        doubles().map(NODES::numberNode),
        Arbitraries.of(new BigInteger("9".repeat(40)), new BigInteger("-" + "9".repeat(40)))
            .map(NODES::numberNode),
        Arbitraries.of(new BigDecimal("1e400"), new BigDecimal("-1e-400")).map(NODES::numberNode),
        numberCells().map(NODES::textNode),
        dateCells().map(NODES::textNode));
  }

  /** {@code text} with a cut, a doubled slice or a stray character: JSON-ish, often invalid. */
  public static Arbitrary<String> mangled(Arbitrary<String> texts) {
    return Combinators.combine(
            texts,
            Arbitraries.integers().between(0, 3),
            Arbitraries.doubles().between(0, 1),
            Arbitraries.chars())
        .as(
            (text, how, where, stray) -> {
              int at = (int) (where * text.length());
              return switch (how) {
                case 0 -> text;
                case 1 -> text.substring(0, at);
                case 2 -> text.substring(0, at) + stray + text.substring(at);
                default -> text.substring(0, at) + text.substring(at / 2);
              };
            });
  }

  /** Prices a provider really sends: positive, finite, within any bound. */
  public static Arbitrary<Double> prices() {
    return Arbitraries.doubles().between(0.01, 5000).ofScale(4);
  }

  /**
   * {@code base} with one value somewhere in it (an object's field or an array's element, at any
   * depth) replaced by one of {@code replacements}: structurally valid JSON with one wrong part.
   */
  public static Arbitrary<JsonNode> withOneReplaced(
      Arbitrary<JsonNode> base, Arbitrary<JsonNode> replacements) {
    return Combinators.combine(base, Arbitraries.integers().greaterOrEqual(0), replacements)
        .as(
            (tree, pick, replacement) -> {
              JsonNode copy = tree.deepCopy();
              List<Runnable> slots = new java.util.ArrayList<>();
              collectSlots(copy, replacement, slots);
              if (!slots.isEmpty()) {
                slots.get(pick % slots.size()).run();
              }
              return copy;
            });
  }

  private static void collectSlots(JsonNode node, JsonNode replacement, List<Runnable> slots) {
    if (node instanceof ObjectNode object) {
      List<String> names = new java.util.ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        slots.add(() -> object.set(name, replacement));
        collectSlots(object.get(name), replacement, slots);
      }
    } else if (node instanceof com.fasterxml.jackson.databind.node.ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        int index = i;
        slots.add(() -> array.set(index, replacement));
        collectSlots(array.get(i), replacement, slots);
      }
    }
  }

  /** Asserts that {@code message} is a readable one-line error message. */
  public static void assertOneLine(String message) {
    assertThat(message).isNotBlank().doesNotContain("\n", "\r", "\u2028", "\u2029", "\u0085");
  }
}
