package io.breadthflow.app.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.breadthflow.app.UseCaseException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Any grid, window lengths, mode and objective text in a {@code POST /api/backtests/walk-forward}
 * body gives a {@link WalkForwardRequest} or a {@link UseCaseException} with a one-line message,
 * nothing else.
 */
class WalkForwardParametersPropertiesTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Property(tries = 1000)
  void anyTextGivesARequestOrAOneLineRefusal(@ForAll("bodies") JsonNode body) {
    try {
      WalkForwardRequest request = WalkForwardParameters.parse(body);
      assertThat(request.grid()).isNotEmpty();
      outcome("request");
    } catch (UseCaseException e) {
      assertThat(e.getMessage()).isNotBlank().doesNotContain("\n", "\r");
      outcome("refused");
    }
  }

  private static void outcome(String what) {
    Statistics.label("outcome").collect(what);
    Statistics.label("outcome")
        .coverage(checker -> checker.check("request").count(reached -> reached > 0));
  }

  @Provide
  Arbitrary<JsonNode> bodies() {
    Arbitrary<String> grid =
        Arbitraries.frequencyOf(
            Tuple.of(
                4, Arbitraries.of("fast=10..30:10,slow=50|100", "fast=5", "rsi_period=7..21:7")),
            Tuple.of(
                2,
                Arbitraries.of(
                    "oversold=20..30:5,overbought=70|80",
                    "fast=1..999:1,slow=2..999:1",
                    "fast=10..5:1",
                    "fast=1e3",
                    "fast=NaN",
                    "slow=..",
                    "=",
                    ",,")),
            Tuple.of(1, Arbitraries.strings().ofMaxLength(30)));
    Arbitrary<String> length =
        Arbitraries.frequencyOf(
            Tuple.of(4, Arbitraries.of("1y", "6m", "3m")),
            Tuple.of(2, Arbitraries.of("2w", "10d", "21y", "0m", "9999y", "1q")),
            Tuple.of(1, Arbitraries.strings().ofMaxLength(6)));
    Arbitrary<String> mode = choice("rolling", "anchored");
    Arbitrary<String> objective = choice("sharpe", "total_return");
    return Combinators.combine(
            Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of("sma-cross", "rsi-reversion")),
                Tuple.of(1, Arbitraries.of("breadth", "x\ny"))),
            grid,
            length,
            length,
            mode,
            objective)
        .as(
            (strategy, g, train, test, m, o) -> {
              ObjectNode body = NODES.objectNode();
              body.put("strategy", strategy);
              body.put("grid", g);
              body.put("train", train);
              body.put("test", test);
              body.put("mode", m);
              body.put("objective", o);
              body.putArray("symbols").add("AAPL");
              body.put("start_date", "2022-01-03");
              body.put("end_date", "2023-12-29");
              return (JsonNode) body;
            });
  }

  private static Arbitrary<String> choice(String... valid) {
    return Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.of(valid)),
        Tuple.of(1, Arbitraries.of("ROLLING", "luck", "")),
        Tuple.of(1, Arbitraries.strings().ofMaxLength(8)));
  }
}
