package io.breadthflow.app.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breadthflow.app.UseCaseException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParameterGridTest {
  @Test
  void rangesWithStepsMakeEveryPairWithFastBelowSlow() {
    List<StrategySpec> grid = ParameterGrid.parse("sma-cross", "fast=10..50:10,slow=100..200:25");

    assertThat(grid).hasSize(25);
    assertThat(grid.get(0)).isEqualTo(new StrategySpec.SmaCross(10, 100));
    assertThat(grid.get(24)).isEqualTo(new StrategySpec.SmaCross(50, 200));
    assertThat(ParameterGrid.parse("sma-cross", "fast=10..30:10,slow=20|40"))
        .containsExactly(
            new StrategySpec.SmaCross(10, 20),
            new StrategySpec.SmaCross(10, 40),
            new StrategySpec.SmaCross(20, 40),
            new StrategySpec.SmaCross(30, 40));
  }

  @Test
  void parametersLeftOutTakeTheirDefaults() {
    assertThat(ParameterGrid.parse("rsi-reversion", "oversold=20..30:5"))
        .containsExactly(
            new StrategySpec.RsiReversion(14, 20, 70),
            new StrategySpec.RsiReversion(14, 25, 70),
            new StrategySpec.RsiReversion(14, 30, 70));
    assertThat(ParameterGrid.parse("sma-cross", "fast=20"))
        .containsExactly(new StrategySpec.SmaCross(20, 200));
  }

  @Test
  void badGridsAreRefusedWithTheReason() {
    assertThatThrownBy(() -> ParameterGrid.parse("breadth", "fast=1"))
        .isInstanceOf(UseCaseException.class)
        .hasMessage("a grid runs sma-cross or rsi-reversion, not 'breadth'");
    assertThatThrownBy(() -> ParameterGrid.parse("sma-cross", "period=3"))
        .hasMessage(
            "grid part 'period=3' is not name=values with a parameter of sma-cross: [fast, slow]");
    assertThatThrownBy(() -> ParameterGrid.parse("sma-cross", "fast=10..5:1"))
        .hasMessage("fast values must be from..to:step, a|b|c or one number, got '10..5:1'");
    assertThatThrownBy(() -> ParameterGrid.parse("sma-cross", "fast=1..9:0"))
        .hasMessageContaining("from..to:step");
    assertThatThrownBy(() -> ParameterGrid.parse("sma-cross", "fast=0..10:5"))
        .hasMessage("fast must be between 1 and 1000, got 0");
    assertThatThrownBy(() -> ParameterGrid.parse("sma-cross", "fast=2.5"))
        .hasMessage("fast must be a whole number, got 2.5");
    assertThatThrownBy(() -> ParameterGrid.parse("sma-cross", "fast=1..999:1,slow=2..999:1"))
        .hasMessageStartingWith("the grid has ")
        .hasMessageEndingWith("parameter sets; at most 1000");
    assertThatThrownBy(() -> ParameterGrid.parse("sma-cross", " "))
        .hasMessageStartingWith("the grid is empty");
  }
}
