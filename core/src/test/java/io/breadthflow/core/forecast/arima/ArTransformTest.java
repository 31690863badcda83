package io.breadthflow.core.forecast.arima;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ArTransformTest {

  @Test
  void theTransformInvertsItsInverseForAStationaryPolynomial() {
    double[] phi = {1.043, -0.2495, 0.05};
    double[] raw = ArTransform.toUnconstrained(phi);
    double[] back = new double[3];
    ArTransform.toCoefficients(raw, 0, 3, back, new double[3]);
    for (int i = 0; i < 3; i++) {
      assertThat(back[i]).isCloseTo(phi[i], within(1e-12));
    }
  }

  @Test
  void stationarityIsDecidedByThePartialAutocorrelations() {
    assertThat(ArTransform.isStationary(new double[] {1.043, -0.2495})).isTrue();
    assertThat(ArTransform.isStationary(new double[] {1.01})).isFalse();
    assertThat(ArTransform.isStationary(new double[] {0.5, 0.5})).isFalse();
    assertThat(ArTransform.isStationary(new double[] {0.3, 0.0})).isTrue();
  }

  @Test
  void atanhAgreesWithTheDefinition() {
    for (double x : new double[] {-0.999, -0.3, 0, 1e-9, 0.49, 0.5, 0.97}) {
      assertThat(Math.tanh(ArTransform.atanh(x))).isCloseTo(x, within(1e-14));
    }
  }
}
