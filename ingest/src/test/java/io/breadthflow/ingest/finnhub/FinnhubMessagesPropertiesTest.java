package io.breadthflow.ingest.finnhub;

import static io.breadthflow.ingest.support.FuzzValues.assertOneLine;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.breadthflow.core.domain.Trade;
import io.breadthflow.ingest.csv.SaneBounds;
import io.breadthflow.ingest.support.FuzzValues;
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
 * Arbitrary WebSocket text to {@link FinnhubMessages#parse}: its trades or the error it reports,
 * never an exception (the connection must survive whatever the server sends).
 */
class FinnhubMessagesPropertiesTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> KEYS =
      List.of("type", "data", "msg", "s", "p", "t", "v", "c", "trade", "error", "ping");

  @Property(tries = 600)
  void anyTextGivesTradesOrAnError(@ForAll("messages") String text) {
    FinnhubMessages.Incoming incoming = FinnhubMessages.parse(text);

    if (incoming.error() != null) {
      assertOneLine(incoming.error());
    }
    for (Trade trade : incoming.trades()) {
      assertThat(trade.symbol()).isNotNull();
      assertThat(SaneBounds.covers(trade.time())).as("time %s", trade.time()).isTrue();
    }
    String outcome =
        incoming.error() != null ? "error" : incoming.trades().isEmpty() ? "nothing" : "trades";
    Statistics.label("outcome").collect(outcome);
    Statistics.label("outcome")
        .coverage(
            checker -> {
              checker.check("trades").count(reached -> reached > 0);
              checker.check("error").count(reached -> reached > 0);
            });
  }

  @Example
  void aTradeAtTheEndOfTimeIsLeftOutAndTheOthersKept() {
    FinnhubMessages.Incoming incoming =
        FinnhubMessages.parse(
            "{\"type\":\"trade\",\"data\":["
                + "{\"s\":\"AAPL\",\"p\":10,\"t\":9223372036854775807,\"v\":1},"
                + "{\"s\":\"AAPL\",\"p\":10,\"t\":1e300,\"v\":1},"
                + "{\"s\":\"AAPL\",\"p\":11,\"t\":1709303400000,\"v\":1}]}");

    assertThat(incoming.trades()).extracting(Trade::price).containsExactly(11.0);
  }

  @Provide
  Arbitrary<String> messages() {
    Arbitrary<JsonNode> any = FuzzValues.json(3, KEYS);
    Arbitrary<JsonNode> trade =
        Combinators.combine(
                Arbitraries.oneOf(
                    Arbitraries.of("AAPL", "", "brk.b", "\u0000").map(NODES::textNode), any),
                Arbitraries.oneOf(FuzzValues.doubles().map(NODES::numberNode), any),
                Arbitraries.oneOf(
                    Arbitraries.longs()
                        .between(1_000_000_000_000L, 2_000_000_000_000L)
                        .map(NODES::numberNode),
                    FuzzValues.leaves()),
                Arbitraries.oneOf(FuzzValues.doubles().map(NODES::numberNode), any),
                any)
            .as(
                (s, p, t, v, c) -> {
                  ObjectNode node = NODES.objectNode();
                  node.set("s", s);
                  node.set("p", p);
                  node.set("t", t);
                  node.set("v", v);
                  node.set("c", c);
                  return (JsonNode) node;
                });
    Arbitrary<String> shaped =
        Combinators.combine(
                Arbitraries.of("trade", "error", "ping", "news", ""),
                Arbitraries.oneOf(
                    trade.list().ofMaxSize(8).map(l -> NODES.arrayNode().addAll(l)), any),
                Arbitraries.oneOf(any, FuzzValues.leaves()))
            .as(
                (type, data, msg) -> {
                  ObjectNode node = NODES.objectNode();
                  node.put("type", type);
                  node.set("data", data);
                  node.set("msg", msg);
                  return node.toString();
                });
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, shaped),
        net.jqwik.api.Tuple.of(2, FuzzValues.mangled(shaped)),
        net.jqwik.api.Tuple.of(1, any.map(JsonNode::toString)),
        net.jqwik.api.Tuple.of(
            1, Arbitraries.of("", "null", "{\"type\":null}", "{".repeat(3_000), "\"trade\"")),
        net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(40)));
  }
}
