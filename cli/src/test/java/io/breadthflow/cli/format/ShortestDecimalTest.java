package io.breadthflow.cli.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShortestDecimalTest {

  @ParameterizedTest
  @CsvSource({
    "0.1, 0.1",
    "67.8542, 67.8542",
    "158168416, 158168416",
    "-402991505, -402991505",
    "1.0E-7, 0.0000001",
    "63.111109999999975, 63.111109999999975",
    "2.82879384806159E17, 282879384806159000",
    "0, 0",
  })
  void formatsShortestPlainDecimal(double value, String expected) {
    assertThat(ShortestDecimal.format(value)).isEqualTo(expected);
  }

  @Test
  void nonFiniteValuesAreEmpty() {
    assertThat(ShortestDecimal.format(Double.NaN)).isEmpty();
    assertThat(ShortestDecimal.format(Double.POSITIVE_INFINITY)).isEmpty();
  }

  @Test
  void everyFormattedValueRoundTripsAndIsNoLongerThanJavasDigits() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 100_000; i++) {
      double value = Double.longBitsToDouble(random.nextLong());
      if (!Double.isFinite(value) || Math.abs(Math.getExponent(value)) > 60) {
        continue;
      }
      String text = ShortestDecimal.format(value);
      assertThat(Double.parseDouble(text)).as(text).isEqualTo(value);
      assertThat(significantDigits(text))
          .isLessThanOrEqualTo(
              significantDigits(new java.math.BigDecimal(Double.toString(value)).toPlainString()));
    }
  }

  private static int significantDigits(String plain) {
    return new java.math.BigDecimal(plain).stripTrailingZeros().precision();
  }
}
