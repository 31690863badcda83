package io.breadthflow.core.adjust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AdjustmentTest {
  @Test
  void theNamesUsersTypeSelectEachAdjustment() {
    assertThat(Adjustment.of("raw")).isEqualTo(Adjustment.RAW);
    assertThat(Adjustment.of(" Split ")).isEqualTo(Adjustment.SPLIT_ADJUSTED);
    assertThat(Adjustment.of("total-return")).isEqualTo(Adjustment.TOTAL_RETURN);
  }

  @Test
  void anUnknownNameIsRefusedWithTheAcceptedOnes() {
    assertThatThrownBy(() -> Adjustment.of("dividend"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("adjust must be one of raw, split, total-return");
    assertThatThrownBy(() -> Adjustment.of(null)).isInstanceOf(IllegalArgumentException.class);
  }
}
