package io.breadthflow.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Conditions parse from their JSON parameters, with defaults, and refuse what is out of range. */
class ConditionKindTest {
  @Test
  void everyConditionParsesBackFromItsOwnParameters() {
    for (ConditionKind kind : ConditionKind.values()) {
      Map<String, Object> minimal = new java.util.HashMap<>();
      for (ConditionParameter parameter : kind.parameters()) {
        if (parameter.required()) {
          minimal.put(parameter.name(), parameter.min() + 1);
        }
      }
      RuleCondition condition = kind.parse(minimal);
      assertThat(condition.kind()).isEqualTo(kind);
      assertThat(kind.parse(condition.parameters())).isEqualTo(condition);
    }
  }

  @Test
  void missingParametersTakeTheirDefaults() {
    assertThat(ConditionKind.RSI_CROSS.parse(Map.of("level", 30)))
        .isEqualTo(new RuleCondition.RsiCross(30, Crossing.BELOW));
    assertThat(ConditionKind.SMA_CROSS.parse(Map.of()))
        .isEqualTo(new RuleCondition.SmaCross(SmaLine.SMA_50, SmaLine.SMA_200, Crossing.ABOVE));
  }

  @Test
  void outOfRangeUnknownAndMistypedParametersAreRefusedInOneLine() {
    assertThatThrownBy(() -> ConditionKind.RSI_CROSS.parse(Map.of("level", 130)))
        .hasMessage("rsi_cross parameter 'level' must be between 0 and 100 but was 130");
    assertThatThrownBy(() -> ConditionKind.PRICE_CHANGE.parse(Map.of("percent", 5, "bars", 251)))
        .hasMessage("price_change parameter 'bars' must be between 1 and 250 but was 251");
    assertThatThrownBy(() -> ConditionKind.PRICE_CHANGE.parse(Map.of("percent", 5, "bars", 2.5)))
        .hasMessage("price_change parameter 'bars' must be a whole number");
    assertThatThrownBy(() -> ConditionKind.CONFIDENCE_ABOVE.parse(Map.of("level", 1.5)))
        .hasMessageContaining("between 0 and 1");
    assertThatThrownBy(() -> ConditionKind.PRICE_CROSS.parse(Map.of()))
        .hasMessage("price_cross needs parameter 'level'");
    assertThatThrownBy(() -> ConditionKind.MACD_CROSS.parse(Map.of("direction", "sideways")))
        .hasMessage("macd_cross parameter 'direction' must be one of above, below");
    assertThatThrownBy(() -> ConditionKind.MACD_CROSS.parse(Map.of("level", 3)))
        .hasMessageContaining("macd_cross has no parameter 'level'");
    assertThatThrownBy(() -> ConditionKind.SMA_CROSS.parse(Map.of("fast", "sma200")))
        .hasMessageContaining("fast must be a shorter average than slow");
    assertThatThrownBy(
            () -> ConditionKind.PERCENT_ABOVE_SMA.parse(Map.of("period", 100, "level", 50)))
        .hasMessage("period must be 50 or 200 but was 100");
    assertThatThrownBy(() -> ConditionKind.of("moon_phase"))
        .hasMessageStartingWith("condition kind must be one of price_cross, price_change");
  }

  @Test
  void recordsCheckTheirRangesWhereTheyAreBuilt() {
    assertThatThrownBy(() -> new RuleCondition.RsiCross(-1, Crossing.ABOVE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RuleCondition.PriceChange(5, 0, Move.UP))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RuleCondition.PipelineAlert("DROP TABLE"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
