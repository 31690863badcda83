package io.breadthflow.core.forecast.arima;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PolynomialsTest {

  @Test
  void aNonInvertibleFirstOrderMovingAverageIsReplacedByItsReciprocal() {
    assertThat(Polynomials.invertMovingAverage(new double[] {2.0, 0.0})).containsExactly(0.5, 0.0);
  }

  @Test
  void rootsInsideTheUnitCircleAreReflected() {
    // 1 + 2.5z + z² = (1 + 2z)(1 + z/2): the root −1/2 becomes −2, giving (1 + z/2)².
    double[] inverted = Polynomials.invertMovingAverage(new double[] {2.5, 1.0});
    assertThat(inverted[0]).isCloseTo(1.0, within(1e-12));
    assertThat(inverted[1]).isCloseTo(0.25, within(1e-12));
  }

  @Test
  void anInvertiblePolynomialIsReturnedUnchanged() {
    double[] theta = {0.5, -0.2, 0.1};
    assertThat(Polynomials.invertMovingAverage(theta)).isSameAs(theta);
  }

  @Test
  void complexRootsAreFound() {
    // 1 − z + z²/2 has roots 1 ± i, modulus √2.
    assertThat(Polynomials.smallestRootModulus(new double[] {1, -0.5}, -1))
        .isCloseTo(Math.sqrt(2), within(1e-12));
  }
}
