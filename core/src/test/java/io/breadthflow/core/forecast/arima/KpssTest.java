package io.breadthflow.core.forecast.arima;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.breadthflow.core.forecast.RFixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** KPSS and ndiffs against R's urca 1.3 and forecast 8.20 (fixtures in forecast/r/ndiffs.tsv). */
class KpssTest {

  @Test
  void statisticAndNdiffsEqualRsOnTheClassicSeries() {
    Map<String, double[]> classic = RFixtures.classicSeries();
    List<RFixtures.NdiffsCase> cases =
        RFixtures.ndiffs().stream().filter(c -> classic.containsKey(c.series())).toList();
    assertThat(cases).hasSize(10);
    cases.forEach(c -> assertMatches(c, classic.get(c.series()), 1e-12));
  }

  @Test
  void statisticAndNdiffsEqualRsOnTheRealCloses() {
    Map<String, double[]> classic = RFixtures.classicSeries();
    List<RFixtures.NdiffsCase> cases =
        RFixtures.ndiffs().stream().filter(c -> !classic.containsKey(c.series())).toList();
    assertThat(cases).hasSize(120);
    cases.forEach(c -> assertMatches(c, RFixtures.realCloses(c.series()), 1e-10));
  }

  private static void assertMatches(RFixtures.NdiffsCase c, double[] y, double relative) {
    assertThat(Kpss.statistic(y, Kpss.ndiffsLags(y.length)))
        .as(c.series())
        .isCloseTo(c.kpssStat(), within(relative * Math.abs(c.kpssStat())));
    assertThat(Differencing.ndiffs(y, 0.05, 2)).as(c.series()).isEqualTo(c.ndiffs());
  }

  @Test
  void statisticOfTheDifferencedSeriesEqualsRs() {
    double[] www = RFixtures.series("WWWusage");
    double[] diffed = Differencing.difference(www, 1);
    // ur.kpss(diff(WWWusage), type = "mu", use.lag = trunc(3 * sqrt(99) / 13))@teststat
    assertThat(Kpss.statistic(diffed, Kpss.ndiffsLags(diffed.length)))
        .isCloseTo(0.26351939875071551, within(1e-14));
  }

  @Test
  void ndiffsUsesTheLagRuleOfForecast820() {
    assertThat(Kpss.ndiffsLags(100)).isEqualTo(2);
    assertThat(Kpss.ndiffsLags(1259)).isEqualTo(8);
  }

  @Test
  void pValueInterpolatesUrcasTableAndClampsAtItsEnds() {
    assertThat(Kpss.pValue(0.1)).isEqualTo(0.10);
    assertThat(Kpss.pValue(0.463)).isCloseTo(0.05, within(1e-15));
    assertThat(Kpss.pValue((0.463 + 0.574) / 2)).isCloseTo(0.0375, within(1e-15));
    assertThat(Kpss.pValue(5)).isEqualTo(0.01);
  }

  @Test
  void ndiffsStopsWhenTheSeriesIsOrBecomesConstant() {
    double[] squares = new double[10];
    double[] line = new double[20];
    for (int i = 0; i < line.length; i++) {
      line[i] = i + 1;
      if (i < squares.length) {
        squares[i] = (i + 1) * (i + 1);
      }
    }
    // forecast::ndiffs(rep(3, 10)), ndiffs(1:20), ndiffs((1:10)^2)
    assertThat(Differencing.ndiffs(new double[] {3, 3, 3, 3, 3, 3, 3, 3, 3, 3}, 0.05, 2)).isZero();
    assertThat(Differencing.ndiffs(line, 0.05, 2)).isEqualTo(1);
    assertThat(Differencing.ndiffs(squares, 0.05, 2)).isEqualTo(2);
    assertThat(Differencing.ndiffs(squares, 0.05, 1)).isEqualTo(1);
  }

  @Test
  void isConstantUsesRsRelativeTolerance() {
    assertThat(Differencing.isConstant(new double[] {1e6, 1e6 + 1e-3})).isTrue();
    assertThat(Differencing.isConstant(new double[] {1, 1.001})).isFalse();
    assertThat(Differencing.isConstant(new double[] {0, 1e-9})).isTrue();
  }

  @Test
  void ndiffsRefusesAlphaOutsideUrcasTable() {
    assertThatThrownBy(() -> Differencing.ndiffs(new double[] {1, 2, 3}, 0.2, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("alpha");
  }
}
