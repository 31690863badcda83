package io.breadthflow.app.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.core.strategy.BreadthMeasure;
import io.breadthflow.core.strategy.Comparison;
import io.breadthflow.core.strategy.Condition;
import io.breadthflow.core.strategy.Condition.All;
import io.breadthflow.core.strategy.Condition.Any;
import io.breadthflow.core.strategy.Condition.BreadthTest;
import io.breadthflow.core.strategy.Condition.SymbolTest;
import io.breadthflow.core.strategy.Operand.Level;
import io.breadthflow.core.strategy.Operand.Series;
import io.breadthflow.core.strategy.Scope;
import io.breadthflow.core.strategy.SeriesKind;
import io.breadthflow.core.strategy.StrategyProgram;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Strategy-language files: the documented sample, YAML and JSON, and one line per mistake. */
class RulesFileTest {
  @TempDir Path dir;

  @Test
  void theDocumentedSampleParsesIntoItsConditionTree() {
    StrategyProgram program =
        RulesFile.read(Path.of("..", "docs", "strategies", "sector-trend.yaml"));
    assertThat(program)
        .isEqualTo(
            new StrategyProgram(
                "sector-trend",
                "Information Technology",
                new All(
                    List.of(
                        new SymbolTest(
                            Series.close(), Comparison.ABOVE, new Series(SeriesKind.SMA, 50)),
                        new BreadthTest(
                            BreadthMeasure.PCT_ABOVE_SMA50, Scope.SECTOR, Comparison.ABOVE, 60),
                        new BreadthTest(
                            BreadthMeasure.MCCLELLAN_OSCILLATOR,
                            Scope.UNIVERSE,
                            Comparison.ABOVE,
                            0))),
                null));
  }

  @Test
  void jsonWithAnyAnExitCrossesAndTheFileNameAsDefaultName() throws IOException {
    Path file =
        write(
            "turn.json",
            """
            {"long": [
               {"symbol": {"indicator": "roc", "period": 10, "crosses_above": 0}},
               {"any": [
                 {"breadth": {"indicator": "ad_percent", "above": -20}},
                 {"breadth": {"indicator": "net_new_highs", "scope": "sector", "above": 5}}]}],
             "exit": [{"symbol": {"indicator": "close", "crosses_below":
                                  {"indicator": "ema", "period": 20}}}]}
            """);
    StrategyProgram program = RulesFile.read(file);
    assertThat(program.name()).isEqualTo("turn");
    assertThat(program.sector()).isEmpty();
    Condition entry = program.entry();
    assertThat(entry)
        .isEqualTo(
            new All(
                List.of(
                    new SymbolTest(
                        new Series(SeriesKind.ROC, 10), Comparison.CROSSES_ABOVE, new Level(0)),
                    new Any(
                        List.of(
                            new BreadthTest(
                                BreadthMeasure.AD_PERCENT, Scope.UNIVERSE, Comparison.ABOVE, -20),
                            new BreadthTest(
                                BreadthMeasure.NET_NEW_HIGHS,
                                Scope.SECTOR,
                                Comparison.ABOVE,
                                5))))));
    assertThat(program.exit())
        .isEqualTo(
            new SymbolTest(
                Series.close(), Comparison.CROSSES_BELOW, new Series(SeriesKind.EMA, 20)));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          lung: []                                                              | unknown key 'lung'
          name: x                                                               | long: required (the entry conditions)
          long: {symbol: {indicator: close, above: 0}}                          | long: must be a list of conditions (all must hold)
          long: []                                                              | long: must be a list of conditions (all must hold)
          long: [{symbol: {indicator: close, above: 0}, breadth: {indicator: ad_line, above: 0}}] | long[1]: needs exactly one of symbol, breadth, all, any
          long: [{not: []}]                                                     | long[1]: unknown key 'not'
          long: [{symbol: {indicator: close, above: 0, colour: red}}]           | long[1].symbol: unknown key 'colour'
          long: [{symbol: {indicator: vwap, above: 0}}]                         | long[1].symbol.indicator: unknown indicator 'vwap': use close, sma, ema, rsi or roc
          long: [{symbol: {above: 0}}]                                          | long[1].symbol.indicator: required
          long: [{symbol: {indicator: sma, above: 0}}]                          | long[1].symbol.period: required for sma (1 to 1000)
          long: [{symbol: {indicator: sma, period: 2.5, above: 0}}]             | long[1].symbol.period: must be a whole number
          long: [{symbol: {indicator: rsi, period: 1, below: 30}}]              | long[1].symbol.period: rsi period must be 2 to 500, got 1
          long: [{symbol: {indicator: close, period: 3, above: 0}}]             | long[1].symbol.period: close takes no period
          long: [{symbol: {indicator: close}}]                                  | long[1].symbol: needs one of above, below, crosses_above, crosses_below
          long: [{symbol: {indicator: close, above: 1, below: 2}}]              | long[1].symbol: needs exactly one of above, below, crosses_above, crosses_below
          long: [{symbol: {indicator: close, above: high}}]                     | long[1].symbol.above: must be a number or {indicator: ..., period: ...}
          long: [{symbol: {indicator: close, above: {indicator: sma, period: 0}}}] | long[1].symbol.above.period: sma period must be 1 to 1000, got 0
          long: [{symbol: {indicator: close, above: {indicator: sma, period: 5, x: 1}}}] | long[1].symbol.above: unknown key 'x'
          long: [{breadth: {indicator: pct_above_sma50, scop: sector, above: 60}}] | long[1].breadth: unknown key 'scop'
          long: [{breadth: {indicator: pct_above_sma50, scope: world, above: 60}}] | long[1].breadth.scope: unknown scope 'world': use universe or sector
          long: [{breadth: {indicator: trin, above: 1}}]                        | long[1].breadth.indicator: unknown breadth indicator 'trin': use pct_above_sma50, pct_above_sma200, pct_above_ema20, net_advances, ad_line, ad_percent, mcclellan_oscillator, net_new_highs
          long: [{breadth: {indicator: pct_above_sma50, above: 160}}]           | long[1].breadth.above: pct_above_sma50 level must be 0 to 100, got 160.0
          long: [{breadth: {indicator: ad_line, above: {indicator: sma, period: 5}}}] | long[1].breadth.above: must be a number
          long: [{symbol: {indicator: close, above: 0}}, {all: []}]             | long[2].all: must be a list of conditions
          long: [{any: [{breadth: {indicator: ad_line, above: 0}}, {symbol: {indicator: roc, below: 0}}]}] | long[1].any[2].symbol.period: required for roc (1 to 1000)
          'universe: {sector: ""}\nlong: [{symbol: {indicator: close, above: 0}}]' | universe.sector: must name a sector
          'universe: {sectors: [Energy]}\nlong: [{symbol: {indicator: close, above: 0}}]' | universe: unknown key 'sectors'
          'name: 7\nlong: [{symbol: {indicator: close, above: 0}}]'             | name: must be text
          'long: [{symbol: {indicator: close, above: 0}}]\nexit: [{breadth: {indicator: ad_percent, below: -101}}]' | exit[1].breadth.below: ad_percent level must be -100 to 100, got -101.0
          """)
  void eachMistakeIsOneUsageLineNamingTheFileAndTheKey(String yaml, String message)
      throws IOException {
    Path file = write("bad.yaml", yaml.replace("\\n", "\n"));
    assertThatThrownBy(() -> RulesFile.read(file))
        .isInstanceOf(UseCaseException.class)
        .hasMessage("strategy file bad.yaml: " + message);
  }

  @Test
  void aMissingFileOrBrokenYamlIsAUsageError() throws IOException {
    assertThatThrownBy(() -> RulesFile.read(dir.resolve("none.yaml")))
        .isInstanceOf(UseCaseException.class)
        .hasMessage("strategy file none.yaml does not exist");
    Path broken = write("broken.yaml", "long: [{symbol: {indicator: close");
    assertThatThrownBy(() -> RulesFile.read(broken))
        .isInstanceOf(UseCaseException.class)
        .hasMessageStartingWith("strategy file broken.yaml: not valid JSON or YAML: ")
        .hasMessageNotContaining("\n");
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }
}
