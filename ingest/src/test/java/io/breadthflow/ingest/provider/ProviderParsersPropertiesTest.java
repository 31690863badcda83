package io.breadthflow.ingest.provider;

import static io.breadthflow.ingest.support.FuzzValues.assertOneLine;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.CorporateAction;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.quality.BarValidator;
import io.breadthflow.ingest.support.FuzzValues;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Arbitrary replies to {@link YahooChartParser} and {@link AlphaVantageParser}: a history whose
 * bars and actions are all valid, or a {@link ProviderException} with a one-line message; never
 * another exception.
 */
class ProviderParsersPropertiesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> YAHOO_KEYS =
      List.of(
          "chart",
          "result",
          "error",
          "timestamp",
          "indicators",
          "quote",
          "open",
          "high",
          "low",
          "close",
          "volume",
          "adjclose",
          "events",
          "dividends",
          "splits",
          "date",
          "amount",
          "numerator",
          "denominator",
          "code",
          "description");
  private static final List<String> ALPHA_KEYS =
      List.of(
          "Meta Data",
          "Time Series (Daily)",
          "Time Series (5min)",
          "Error Message",
          "Information",
          "Note",
          "1. open",
          "2. high",
          "3. low",
          "4. close",
          "5. volume",
          "2024-03-01",
          "2024-03-01 10:05:00");

  @Property(tries = 400)
  void yahooTakesAnyTextToAHistoryOrAProviderError(
      @ForAll("yahooTexts") String body,
      @ForAll Interval interval,
      @ForAll("froms") LocalDate from,
      @ForAll("spans") int days) {
    LocalDate to = from.plusDays(days);
    FetchedHistory history;
    try {
      history = YahooChartParser.parse("AAPL", interval, body, from, to);
    } catch (ProviderException e) {
      assertOneLine(e.getMessage());
      outcome("provider error");
      return;
    }
    checkHistory(history, interval, from, to);
  }

  @Property(tries = 400)
  void alphaVantageTakesAnyJsonToAHistoryOrAProviderError(
      @ForAll("alphaReplies") JsonNode root,
      @ForAll Interval interval,
      @ForAll("froms") LocalDate from,
      @ForAll("spans") int days) {
    LocalDate to = from.plusDays(days);
    FetchedHistory history;
    try {
      history = AlphaVantageParser.parse("AAPL", interval, root, from, to);
    } catch (ProviderException e) {
      assertOneLine(e.getMessage());
      outcome("provider error");
      return;
    }
    checkHistory(history, interval, from, to);
  }

  @Example
  void yahooCopesWithAHugeTimestampArrayAndShortQuotes() {
    ArrayNode timestamps = NODES.arrayNode();
    for (int i = 0; i < 200_000; i++) {
      timestamps.add(1_700_000_000L + 86_400L * i);
    }
    ObjectNode result = NODES.objectNode();
    result.set("timestamp", timestamps);
    result
        .putObject("indicators")
        .putArray("quote")
        .addObject()
        .set("close", NODES.arrayNode().add(10).add(11));
    ObjectNode root = NODES.objectNode();
    root.putObject("chart").putArray("result").add(result);

    FetchedHistory history =
        YahooChartParser.parse(
            "AAPL",
            Interval.ONE_DAY,
            root.toString(),
            LocalDate.of(2000, 1, 1),
            LocalDate.of(2100, 1, 1));

    assertThat(history.bars()).isEmpty();
    assertThat(history.skippedRows()).isEqualTo(200_000);
  }

  @Example
  void yahooSkipsPricesAboveTheBound() {
    String body =
        "{\"chart\":{\"result\":[{\"timestamp\":[1709303400,1709562600],"
            + "\"indicators\":{\"quote\":[{\"open\":[1.7e308,10],\"high\":[1.7e308,11],"
            + "\"low\":[1.7e308,9],\"close\":[1.7e308,10],\"volume\":[100,100]}]}}]}}";

    FetchedHistory history =
        YahooChartParser.parse(
            "AAPL", Interval.ONE_DAY, body, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));

    assertThat(history.bars()).extracting(Bar::close).containsExactly(10.0);
    assertThat(history.skippedRows()).isEqualTo(1);
  }

  /** Counts what a try gave; the generators must reach both bars and provider errors. */
  private static void outcome(String what) {
    Statistics.label("outcome").collect(what);
    Statistics.label("outcome")
        .coverage(
            checker -> {
              checker.check("bars").count(reached -> reached > 0);
              checker.check("provider error").count(reached -> reached > 0);
            });
  }

  private static void checkHistory(
      FetchedHistory history, Interval interval, LocalDate from, LocalDate to) {
    outcome(history.bars().isEmpty() ? "no bar" : "bars");
    assertThat(history.skippedRows()).isNotNegative();
    for (Bar bar : history.bars()) {
      assertThat(bar.interval()).isEqualTo(interval);
      assertThat(
              BarValidator.checkFields(
                  bar.open(), bar.high(), bar.low(), bar.close(), bar.volume()))
          .isEmpty();
      assertThat(bar.sessionDate()).isBetween(from, to);
    }
    for (CorporateAction action : history.actions()) {
      assertThat(action.amount()).isPositive().isFinite();
    }
  }

  @Provide
  Arbitrary<LocalDate> froms() {
    return Arbitraries.integers().between(0, 16_000).map(d -> LocalDate.of(1990, 1, 1).plusDays(d));
  }

  @Provide
  Arbitrary<Integer> spans() {
    return Arbitraries.integers().between(0, 20_000);
  }

  @Provide
  Arbitrary<String> yahooTexts() {
    Arbitrary<String> shaped = yahooReplies().map(JsonNode::toString);
    Arbitrary<JsonNode> plausible = plausibleYahoo();
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(2, plausible.map(JsonNode::toString)),
        net.jqwik.api.Tuple.of(
            4,
            FuzzValues.withOneReplaced(plausible, FuzzValues.json(2, YAHOO_KEYS))
                .map(JsonNode::toString)),
        net.jqwik.api.Tuple.of(2, shaped),
        net.jqwik.api.Tuple.of(2, FuzzValues.mangled(shaped)),
        net.jqwik.api.Tuple.of(1, FuzzValues.json(4, YAHOO_KEYS).map(JsonNode::toString)),
        net.jqwik.api.Tuple.of(
            1,
            Arbitraries.of(
                "", " ", "null", "[]", "{}", "\"chart\"", "{\"chart\":null}", "[".repeat(5_000))),
        net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(60)));
  }

  /** Well-formed Yahoo replies: daily timestamps, five aligned series, a dividend and a split. */
  private Arbitrary<JsonNode> plausibleYahoo() {
    return Arbitraries.integers()
        .between(1, 30)
        .flatMap(
            n ->
                Combinators.combine(
                        Arbitraries.longs().between(946_684_800L, 1_900_000_000L),
                        FuzzValues.prices().list().ofSize(n),
                        FuzzValues.prices().list().ofSize(n),
                        FuzzValues.prices().list().ofSize(n),
                        FuzzValues.prices().list().ofSize(n),
                        FuzzValues.prices().list().ofSize(n))
                    .as(
                        (start, open, high, low, close, volume) -> {
                          ObjectNode result = NODES.objectNode();
                          ArrayNode stamps = result.putArray("timestamp");
                          for (int i = 0; i < n; i++) {
                            stamps.add(start + 86_400L * i);
                          }
                          ObjectNode quote =
                              result.putObject("indicators").putArray("quote").addObject();
                          quote.set("open", doubles(open));
                          quote.set("high", doubles(high));
                          quote.set("low", doubles(low));
                          quote.set("close", doubles(close));
                          quote.set("volume", doubles(volume));
                          result
                              .withObject("indicators")
                              .putArray("adjclose")
                              .addObject()
                              .set("adjclose", doubles(close));
                          ObjectNode events = result.putObject("events");
                          events
                              .putObject("dividends")
                              .putObject("" + start)
                              .put("date", start)
                              .put("amount", 0.5);
                          events
                              .putObject("splits")
                              .putObject("" + start)
                              .put("date", start)
                              .put("numerator", 2)
                              .put("denominator", 1);
                          ObjectNode root = NODES.objectNode();
                          ObjectNode chart = root.putObject("chart");
                          chart.putArray("result").add(result);
                          chart.putNull("error");
                          return (JsonNode) root;
                        }));
  }

  private static ArrayNode doubles(List<Double> values) {
    ArrayNode array = NODES.arrayNode();
    values.forEach(array::add);
    return array;
  }

  /** Replies shaped like Yahoo's, each part either plausible or of any type. */
  private Arbitrary<JsonNode> yahooReplies() {
    Arbitrary<JsonNode> any = FuzzValues.json(2, YAHOO_KEYS);
    Arbitrary<JsonNode> epochs =
        Arbitraries.oneOf(
                Arbitraries.longs().between(900_000_000L, 2_000_000_000L).map(NODES::numberNode),
                FuzzValues.leaves())
            .list()
            .ofMaxSize(40)
            .map(list -> (JsonNode) NODES.arrayNode().addAll(list));
    Arbitrary<JsonNode> series =
        Arbitraries.oneOf(
                FuzzValues.doubles().map(d -> (JsonNode) NODES.numberNode(d)),
                Arbitraries.just(NODES.nullNode()),
                FuzzValues.leaves())
            .list()
            .ofMaxSize(40)
            .map(list -> (JsonNode) NODES.arrayNode().addAll(list));
    Arbitrary<JsonNode> partOfSeries = Arbitraries.oneOf(series, series, any);
    Arbitrary<JsonNode> event =
        Combinators.combine(epochs.map(a -> a.path(0)), partOfSeries, FuzzValues.leaves())
            .as(
                (date, amount, ratio) -> {
                  ObjectNode e = NODES.objectNode();
                  e.set("date", date);
                  e.set("amount", amount.path(0));
                  e.set("numerator", ratio);
                  e.set("denominator", amount.path(1));
                  return (JsonNode) e;
                });
    Arbitrary<JsonNode> events =
        Combinators.combine(event.list().ofMaxSize(3), event.list().ofMaxSize(3), any)
            .as(
                (dividends, splits, junk) -> {
                  ObjectNode e = NODES.objectNode();
                  ObjectNode d = e.putObject("dividends");
                  for (int i = 0; i < dividends.size(); i++) {
                    d.set("k" + i, dividends.get(i));
                  }
                  e.putArray("splits").addAll(splits);
                  return (JsonNode) (junk.isNull() ? junk : e);
                });
    Arbitrary<ObjectNode> quote =
        Combinators.combine(partOfSeries, partOfSeries, partOfSeries, partOfSeries, partOfSeries)
            .as(
                (o, h, l, c, v) -> {
                  ObjectNode q = NODES.objectNode();
                  q.set("open", o);
                  q.set("high", h);
                  q.set("low", l);
                  q.set("close", c);
                  q.set("volume", v);
                  return q;
                });
    return Combinators.combine(
            Arbitraries.oneOf(epochs, epochs, any),
            quote,
            partOfSeries,
            events,
            Arbitraries.oneOf(Arbitraries.just(NODES.nullNode()), any),
            Arbitraries.integers().between(0, 5))
        .as(
            (timestamps, q, adjusted, ev, error, shape) -> {
              ObjectNode result = NODES.objectNode();
              result.set("timestamp", timestamps);
              ObjectNode indicators = result.putObject("indicators");
              indicators.putArray("quote").add(q);
              indicators.putArray("adjclose").addObject().set("adjclose", adjusted);
              result.set("events", ev);
              ObjectNode chart = NODES.objectNode();
              chart.set("result", shape == 0 ? result : NODES.arrayNode().add(result));
              chart.set("error", shape == 1 ? error : NODES.nullNode());
              ObjectNode root = NODES.objectNode();
              root.set("chart", chart);
              return (JsonNode) root;
            });
  }

  @Provide
  Arbitrary<JsonNode> alphaReplies() {
    Arbitrary<JsonNode> any = FuzzValues.json(3, ALPHA_KEYS);
    Arbitrary<JsonNode> value =
        Arbitraries.oneOf(
            FuzzValues.numberCells().map(NODES::textNode),
            FuzzValues.doubles().map(NODES::numberNode),
            FuzzValues.leaves());
    Arbitrary<JsonNode> entry =
        Combinators.combine(value, value, value, value, value)
            .as(
                (o, h, l, c, v) -> {
                  ObjectNode e = NODES.objectNode();
                  e.set("1. open", o);
                  e.set("2. high", h);
                  e.set("3. low", l);
                  e.set("4. close", c);
                  e.set("5. volume", v);
                  return (JsonNode) e;
                });
    Arbitrary<String> key =
        Arbitraries.oneOf(
            FuzzValues.dateCells(),
            FuzzValues.dateCells().map(d -> d + " 10:05:00"),
            Arbitraries.of("2024-03-01 25:00:00", "2024-03-01 09:30", "+999999999-12-31 23:59:59"));
    Arbitrary<JsonNode> series =
        Combinators.combine(key.list().ofMaxSize(30), Arbitraries.oneOf(entry, entry, any).list())
            .as(
                (keys, entries) -> {
                  ObjectNode s = NODES.objectNode();
                  for (int i = 0; i < keys.size() && i < entries.size(); i++) {
                    s.set(keys.get(i), entries.get(i));
                  }
                  return (JsonNode) s;
                });
    Arbitrary<JsonNode> shaped =
        Combinators.combine(
                Arbitraries.of("Time Series (Daily)", "Time Series (5min)", "Time Series"),
                Arbitraries.oneOf(series, series, any),
                Arbitraries.oneOf(Arbitraries.just(NODES.missingNode()), any),
                Arbitraries.of("Error Message", "Information", "Note"))
            .as(
                (name, s, extra, extraName) -> {
                  ObjectNode root = NODES.objectNode();
                  root.set(name, s);
                  if (!extra.isMissingNode()) {
                    root.set(extraName, extra);
                  }
                  return (JsonNode) root;
                });
    Arbitrary<JsonNode> reparsed =
        FuzzValues.mangled(shaped.map(JsonNode::toString))
            .map(
                text -> {
                  try {
                    JsonNode node = JSON.readTree(text);
                    return node == null || !node.isObject() ? NODES.objectNode() : node;
                  } catch (java.io.IOException e) {
                    return NODES.objectNode();
                  }
                });
    Arbitrary<JsonNode> plausible = plausibleAlpha();
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(2, plausible),
        net.jqwik.api.Tuple.of(4, FuzzValues.withOneReplaced(plausible, any)),
        net.jqwik.api.Tuple.of(2, shaped),
        net.jqwik.api.Tuple.of(1, reparsed),
        net.jqwik.api.Tuple.of(1, any));
  }

  /** Well-formed Alpha Vantage replies, daily or intraday keys, values as strings. */
  private Arbitrary<JsonNode> plausibleAlpha() {
    Arbitrary<JsonNode> entry =
        FuzzValues.prices()
            .list()
            .ofSize(5)
            .map(
                v -> {
                  ObjectNode e = NODES.objectNode();
                  e.put("1. open", "" + v.get(0));
                  e.put("2. high", "" + v.get(1));
                  e.put("3. low", "" + v.get(2));
                  e.put("4. close", "" + v.get(3));
                  e.put("5. volume", "" + Math.round(v.get(4) * 1000));
                  return (JsonNode) e;
                });
    return Combinators.combine(
            Arbitraries.integers().between(0, 11_000),
            Arbitraries.of(true, false),
            entry.list().ofMinSize(1).ofMaxSize(30))
        .as(
            (day, daily, entries) -> {
              ObjectNode root = NODES.objectNode();
              root.putObject("Meta Data").put("2. Symbol", "AAPL");
              ObjectNode series =
                  root.putObject(daily ? "Time Series (Daily)" : "Time Series (5min)");
              LocalDate first = LocalDate.of(2000, 1, 3).plusDays(day);
              for (int i = 0; i < entries.size(); i++) {
                LocalDate date = first.plusDays(entries.size() - 1 - i);
                series.set(daily ? date.toString() : date + " 10:05:00", entries.get(i));
              }
              return (JsonNode) root;
            });
  }
}
