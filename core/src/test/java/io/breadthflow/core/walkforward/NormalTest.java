package io.breadthflow.core.walkforward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NormalTest {
  /** Φ(x) by Simpson's rule on the density from 0, an independent check of the series. */
  private static double integrated(double x) {
    int n = 20_000;
    double h = x / n;
    double sum = Normal.density(0) + Normal.density(x);
    for (int i = 1; i < n; i++) {
      sum += (i % 2 == 1 ? 4 : 2) * Math.exp(-0.5 * (i * h) * (i * h)) / Math.sqrt(2 * Math.PI);
    }
    return 0.5 + sum * h / 3;
  }

  @Test
  void cdfMatchesPublishedValuesAndAnIndependentIntegral() {
    assertThat(Normal.cdf(0)).isEqualTo(0.5);
    assertThat(Normal.cdf(1)).isCloseTo(0.8413447460685429, within(1e-15));
    assertThat(Normal.cdf(1.96)).isCloseTo(0.9750021048517795, within(1e-15));
    for (double x = -6; x <= 6; x += 0.25) {
      assertThat(Normal.cdf(x)).as("x=%s", x).isCloseTo(integrated(x), within(1e-12));
      assertThat(Normal.cdf(-x)).isCloseTo(1 - Normal.cdf(x), within(1e-15));
    }
  }

  @Test
  void quantileInvertsTheCdfAndMatchesPublishedValues() {
    assertThat(Normal.quantile(0.975)).isCloseTo(1.959963984540054, within(1e-13));
    assertThat(Normal.quantile(0.99)).isCloseTo(2.3263478740408408, within(1e-13));
    assertThat(Normal.quantile(0.5)).isCloseTo(0, within(1e-15));
    for (double p = 1e-6; p < 1; p += 0.0173) {
      assertThat(Normal.cdf(Normal.quantile(p))).isCloseTo(p, within(1e-14));
    }
    assertThat(Normal.quantile(0)).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(Normal.quantile(1)).isEqualTo(Double.POSITIVE_INFINITY);
  }
}
