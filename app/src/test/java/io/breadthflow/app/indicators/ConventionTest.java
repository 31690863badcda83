package io.breadthflow.app.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breadthflow.app.Failure;
import io.breadthflow.app.UseCaseException;
import io.breadthflow.core.indicator.Seeding;
import org.junit.jupiter.api.Test;

class ConventionTest {
  @Test
  void namesParseBackInAnyCaseAndAbsentMeansTaLib() {
    for (Seeding seeding : Seeding.values()) {
      assertThat(Convention.parse(Convention.code(seeding).toUpperCase())).isEqualTo(seeding);
    }
    assertThat(Convention.code(Seeding.TRADINGVIEW)).isEqualTo("tradingview");
    assertThat(Convention.parse(null)).isEqualTo(Seeding.TA_LIB);
    assertThat(Convention.parse(" ")).isEqualTo(Seeding.TA_LIB);
  }

  @Test
  void anyOtherNameIsAnInvalidRequestNamingTheChoices() {
    assertThatThrownBy(() -> Convention.parse("ta_lib"))
        .isInstanceOfSatisfying(
            UseCaseException.class, e -> assertThat(e.failure()).isEqualTo(Failure.INVALID_REQUEST))
        .hasMessage("convention must be ta-lib or tradingview");
  }
}
