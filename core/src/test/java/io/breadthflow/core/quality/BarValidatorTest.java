package io.breadthflow.core.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BarValidatorTest {

  @ParameterizedTest(name = "{5}")
  @CsvSource({
    "NaN, 11, 9, 10, 100, non-finite price",
    "10, Infinity, 9, 10, 100, non-finite price",
    "10, 11, 9, 10, NaN, non-finite volume",
    "0, 11, 9, 10, 100, non-positive price",
    "10, 11, -1, 10, 100, non-positive price",
    "10, 10.5, 9, 10.8, 100, high below open or close",
    "10, 11, 10.2, 10.5, 100, low above open or close",
    "10, 11, 9, 10, -5, negative volume",
  })
  void implausibleBarsAreRejectedWithTheirReason(
      double open, double high, double low, double close, double volume, String reason) {
    assertThat(BarValidator.check(open, high, low, close, volume)).contains(reason);
  }

  @org.junit.jupiter.api.Test
  void rangeRulesAreSeparateFromFieldRules() {
    assertThat(BarValidator.checkFields(10, 10.5, 9, 10.8, 100)).isEmpty();
    assertThat(BarValidator.checkRange(10, 10.5, 9, 10.8)).contains("high below open or close");
  }

  @ParameterizedTest
  @CsvSource({"10, 11, 9, 10.5, 100", "10, 10, 10, 10, 0"})
  void plausibleBarsPass(double open, double high, double low, double close, double volume) {
    assertThat(BarValidator.check(open, high, low, close, volume)).isEmpty();
  }
}
