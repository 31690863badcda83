package io.breadthflow.core.forecast.arima;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Roots against R's {@code min(Mod(polyroot(...)))}. */
class UnitCircleTest {

  @Test
  void arOfOneIsRejectedWhenItsRootIsWithinOnePointZeroOne() {
    assertThat(UnitCircle.arTooClose(new double[] {0.98})).isFalse();
    assertThat(UnitCircle.arTooClose(new double[] {0.995})).isTrue();
    assertThat(UnitCircle.arTooClose(new double[] {-0.995})).isTrue();
  }

  @Test
  void secondOrderPolynomialsMatchRsPolyroot() {
    // min(Mod(polyroot(c(1, -1.342, 0.674)))) = 1.218: kept
    assertThat(UnitCircle.arTooClose(new double[] {1.342, -0.674})).isFalse();
    // min(Mod(polyroot(c(1, -0.5, -0.49)))) = 1.0067: rejected
    assertThat(UnitCircle.arTooClose(new double[] {0.5, 0.49})).isTrue();
    // MA (1 + z/1.02)(1 + z/2): min(Mod(polyroot(c(1, 1.4803921569, 0.4901960784)))) = 1.02
    assertThat(UnitCircle.maTooClose(new double[] {1.4803921569, 0.4901960784})).isFalse();
    // MA (1 + z/1.005)(1 + z/2): min(Mod(polyroot(c(1, 1.4950248756, 0.4975124378)))) = 1.005
    assertThat(UnitCircle.maTooClose(new double[] {1.4950248756, 0.4975124378})).isTrue();
    // the same roots as an AR polynomial are not close: their signs flip
    assertThat(UnitCircle.arTooClose(new double[] {-1.4803921569, -0.4901960784})).isFalse();
  }

  @Test
  void negligibleTrailingCoefficientsAreCutFirst() {
    assertThat(UnitCircle.arTooClose(new double[] {0.5, 1e-9})).isFalse();
    assertThat(UnitCircle.arTooClose(new double[] {0, 0})).isFalse();
    assertThat(UnitCircle.maTooClose(new double[] {})).isFalse();
  }
}
