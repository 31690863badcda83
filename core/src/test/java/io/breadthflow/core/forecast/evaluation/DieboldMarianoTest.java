package io.breadthflow.core.forecast.evaluation;

import static io.breadthflow.core.forecast.ForecastAssertions.assertRelative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breadthflow.core.forecast.ForecastException;
import io.breadthflow.core.forecast.evaluation.DieboldMariano.Alternative;
import io.breadthflow.core.forecast.evaluation.DieboldMariano.Loss;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The Diebold–Mariano test against R 4.2.2, forecast 8.20: {@code e1 <- round(sin(1:30) * 2 +
 * cos((1:30) / 3), 3); e2 <- round(cos(1:30 * 1.7) * 1.5 + 0.2, 3); t <- dm.test(e1, e2, ...);
 * cat(t$statistic, t$p.value)}.
 */
class DieboldMarianoTest {
  private static final double TOLERANCE = 1e-8;
  private static final double[] E1 = {
    2.628, 2.604, 0.823, -1.278, -2.014, -0.975, 0.623, 1.089, -0.166, -2.07, -2.865, -1.727, 0.47,
    1.936, 1.584, 0.006, -1.107, -0.542, 1.298, 2.753, 2.427, 0.48, -1.506, -1.957, -0.726, 0.799,
    1.002, -0.454, -2.298, -2.815
  };
  private static final double[] E2 = {
    0.007, -1.25, 0.767, 1.504, -0.703, -0.871, 1.379, 0.968, -1.177, -0.213, 1.683, 0.231, -1.291,
    0.554, 1.6, -0.514, -1.016, 1.228, 1.151, -1.073, -0.423, 1.633, 0.454, -1.299, 0.333, 1.665,
    -0.31, -1.133, 1.054, 1.313
  };

  @Test
  void matchesRsDmTestForSquaredLossAtHorizonsOneAndThree() {
    // dm.test(e1, e2, h=1); dm.test(e1, e2, h=3)
    check(DieboldMariano.test(E1, E2, 1), 3.1172538268186316, 0.0040955601087964031);
    check(DieboldMariano.test(E1, E2, 3), 3.2746554962218077, 0.0027402164763855258);
  }

  @Test
  void matchesRsDmTestForAbsoluteLossAndOneSidedAlternatives() {
    // dm.test(e1, e2, h=2, power=1)
    check(
        DieboldMariano.test(E1, E2, 2, Loss.ABSOLUTE, Alternative.TWO_SIDED),
        2.5658331334568323,
        0.015725192563960207);
    // dm.test(e1, e2, h=1, alternative="less")
    check(
        DieboldMariano.test(E1, E2, 1, Loss.SQUARED, Alternative.LESS),
        3.1172538268186316,
        0.99795221994560179);
    // dm.test(e1, e2, h=4, power=1, alternative="greater")
    check(
        DieboldMariano.test(E1, E2, 4, Loss.ABSOLUTE, Alternative.GREATER),
        3.5208269136892461,
        0.00072158515148120341);
  }

  @Test
  void fallsBackToHorizonOneWhenTheVarianceIsNotPositiveAsR() {
    // a <- rep(c(1, 0), 10); b <- rep(c(0, 1.2), 10); dm.test(a, b, h=2) warns and uses h=1
    double[] a = new double[20];
    double[] b = new double[20];
    for (int i = 0; i < 20; i++) {
      a[i] = i % 2 == 0 ? 1 : 0;
      b[i] = i % 2 == 0 ? 0 : 1.2;
    }
    DieboldMariano.Result result = DieboldMariano.test(a, b, 2);
    check(result, -0.78603095703192472, 0.44154272019522989);
    assertThat(result.horizon()).isEqualTo(1);
    assertThat(result.count()).isEqualTo(20);
  }

  @Test
  void swappingTheSeriesNegatesTheStatisticAndKeepsTheTwoSidedPValue() {
    DieboldMariano.Result forward = DieboldMariano.test(E1, E2, 3);
    DieboldMariano.Result backward = DieboldMariano.test(E2, E1, 3);
    assertThat(backward.statistic()).isEqualTo(-forward.statistic());
    assertThat(backward.pValue()).isEqualTo(forward.pValue());
  }

  @Test
  void refusesIdenticalLossesAndTooFewErrors() {
    assertThatThrownBy(() -> DieboldMariano.test(E1, E1.clone(), 1))
        .isInstanceOf(ForecastException.class)
        .hasMessageContaining("undefined");
    assertThatThrownBy(() -> DieboldMariano.test(new double[] {1}, new double[] {2}, 1))
        .isInstanceOf(ForecastException.class)
        .hasMessageContaining("at least 2 errors");
    assertThatThrownBy(() -> DieboldMariano.test(E1, Arrays.copyOf(E2, 29), 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static void check(DieboldMariano.Result result, double statistic, double pValue) {
    assertRelative(result.statistic(), statistic, TOLERANCE);
    assertRelative(result.pValue(), pValue, TOLERANCE);
  }
}
