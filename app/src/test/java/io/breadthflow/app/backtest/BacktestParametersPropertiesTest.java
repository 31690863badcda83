package io.breadthflow.app.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.breadthflow.app.UseCaseException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Any JSON body to {@link BacktestParameters#parse}, as {@code POST /api/backtests} may receive it:
 * a {@link BacktestRequest} or a {@link UseCaseException} with a one-line message, nothing else.
 */
class BacktestParametersPropertiesTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> FIELDS =
      List.of(
          "strategy",
          "symbols",
          "universe",
          "start_date",
          "end_date",
          "benchmark",
          "sizing",
          "whole_shares",
          "long_short",
          "fast",
          "slow",
          "rsi_period",
          "oversold",
          "overbought",
          "initial_capital",
          "commission_bps",
          "commission_per_share",
          "slippage_bps",
          "target_volatility",
          "max_positions",
          "risk_free_rate");

  @Property(tries = 1000)
  void anyBodyGivesARequestOrAClearRefusal(@ForAll("bodies") JsonNode body) {
    BacktestRequest request;
    try {
      request = BacktestParameters.parse(body);
    } catch (UseCaseException e) {
      assertThat(e.getMessage()).isNotBlank().doesNotContain("\n", "\r");
      outcome("refused");
      return;
    }
    assertThat(request.parameters()).containsKey("strategy");
    outcome("request");
  }

  private static void outcome(String what) {
    Statistics.label("outcome").collect(what);
    Statistics.label("outcome")
        .coverage(checker -> checker.check("request").count(reached -> reached > 0));
  }

  @Provide
  Arbitrary<JsonNode> bodies() {
    Arbitrary<JsonNode> valid =
        Combinators.combine(
                Arbitraries.of("sma-cross", "rsi-reversion", "breadth"),
                Arbitraries.integers().between(0, 9_000),
                Arbitraries.integers().between(0, 400))
            .as(
                (strategy, day, length) -> {
                  ObjectNode body = NODES.objectNode();
                  body.put("strategy", strategy);
                  body.putArray("symbols").add("AAPL").add("msft");
                  java.time.LocalDate start = java.time.LocalDate.of(2001, 1, 2).plusDays(day);
                  body.put("start_date", start.toString());
                  body.put("end_date", start.plusDays(length).toString());
                  return (JsonNode) body;
                });
    Arbitrary<Tuple.Tuple2<String, JsonNode>> field =
        Combinators.combine(
                Arbitraries.frequencyOf(
                    Tuple.of(6, Arbitraries.of(FIELDS)),
                    Tuple.of(1, Arbitraries.strings().ofMaxLength(10))),
                values())
            .as(Tuple::of);
    return Combinators.combine(
            valid, field.list().ofMaxSize(4), Arbitraries.integers().between(0, 9), values())
        .as(
            (body, fields, shape, other) -> {
              if (shape == 0) {
                return other;
              }
              ObjectNode copy = ((ObjectNode) body).deepCopy();
              fields.forEach(f -> copy.set(f.get1(), f.get2()));
              return (JsonNode) copy;
            });
  }

  private static Arbitrary<JsonNode> values() {
    return Arbitraries.oneOf(
        Arbitraries.just(NODES.nullNode()),
        Arbitraries.of(true, false).map(NODES::booleanNode),
        Arbitraries.integers().map(NODES::numberNode),
        Arbitraries.longs().map(NODES::numberNode),
        Arbitraries.of(
                Double.NaN,
                Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY,
                Double.MAX_VALUE,
                -0.0,
                0.5,
                1e12,
                1e300)
            .map(NODES::numberNode),
        Arbitraries.doubles().between(-10, 1000).map(NODES::numberNode),
        Arbitraries.of(new BigInteger("9".repeat(30)), new BigInteger("-" + "9".repeat(30)))
            .map(NODES::numberNode),
        Arbitraries.of(new BigDecimal("1e400"), new BigDecimal("2.5")).map(NODES::numberNode),
        Arbitraries.of(
                "sma-cross",
                "rsi-reversion",
                "breadth",
                "sp100",
                "demo_small",
                "nope",
                "equal_weight",
                "volatility_target",
                "2023-01-03",
                "+999999999-12-31",
                "2023-02-30",
                "SPY",
                "",
                "\n")
            .map(NODES::textNode),
        Arbitraries.strings().ofMaxLength(12).map(NODES::textNode),
        Arbitraries.of("AAPL", "bad symbol", "", "^GSPC")
            .list()
            .ofMaxSize(3)
            .map(
                l -> (JsonNode) NODES.arrayNode().addAll(l.stream().map(NODES::textNode).toList())),
        Arbitraries.just(NODES.arrayNode().add(1).add(NODES.objectNode())),
        Arbitraries.just(NODES.objectNode().put("x", 1)));
  }
}
