package io.breadthflow.core.forecast.arima;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AutoArimaConfigTest {

  @Test
  void defaultsAreRsAndExactIsTheExhaustiveSearchWithoutApproximation() {
    AutoArimaConfig defaults = AutoArimaConfig.defaults();
    assertThat(defaults)
        .isEqualTo(new AutoArimaConfig(5, 2, 5, 5, SearchMode.STEPWISE, Approximation.AUTO, 94));
    assertThat(AutoArimaConfig.exact().mode()).isEqualTo(SearchMode.EXHAUSTIVE);
    assertThat(AutoArimaConfig.exact().approximation()).isEqualTo(Approximation.OFF);
  }

  @Test
  void approximationAutoAppliesAbove150ValuesOnly() {
    assertThat(Approximation.AUTO.appliesTo(150)).isFalse();
    assertThat(Approximation.AUTO.appliesTo(151)).isTrue();
    assertThat(Approximation.OFF.appliesTo(1259)).isFalse();
  }

  @Test
  void refusesBoundsOutOfRangeNamingTheBound() {
    assertThatThrownBy(
            () -> new AutoArimaConfig(-1, 2, 5, 5, SearchMode.STEPWISE, Approximation.AUTO, 94))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxP");
    assertThatThrownBy(
            () -> new AutoArimaConfig(5, 3, 5, 5, SearchMode.STEPWISE, Approximation.AUTO, 94))
        .hasMessageContaining("maxD");
    assertThatThrownBy(
            () -> new AutoArimaConfig(5, 2, 5, 5, SearchMode.STEPWISE, Approximation.AUTO, 4))
        .hasMessageContaining("maxModels");
    assertThatThrownBy(() -> new AutoArimaConfig(5, 2, 5, 5, null, Approximation.AUTO, 94))
        .hasMessageContaining("mode");
  }
}
