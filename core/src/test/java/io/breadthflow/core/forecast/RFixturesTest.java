package io.breadthflow.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.breadthflow.core.forecast.RFixtures.AutoArimaCase;
import io.breadthflow.core.forecast.RFixtures.FixedArimaCase;
import io.breadthflow.core.forecast.RFixtures.Mode;
import io.breadthflow.core.forecast.RFixtures.NdiffsCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The parser of R's fixtures: every line read, its fields in the right places. */
class RFixturesTest {
  private static final int HORIZON = 5;
  private static final double DIFFUSE_VARIANCE = 1e6;

  @Test
  void readsTheClassicSeriesOfRsDatasets() {
    Map<String, double[]> series = RFixtures.classicSeries();

    assertThat(series).hasSize(10);
    assertThat(series.get("WWWusage")).hasSize(100).startsWith(88, 84, 85).endsWith(222, 220);
    assertThat(series.get("lynx")).hasSize(114).startsWith(269, 321);
    assertThat(series.get("treering500")).hasSize(500);
  }

  @Test
  void readsEveryAutoArimaLineWithCoefficientsNamedForItsOrder() {
    List<AutoArimaCase> cases = RFixtures.autoArima();

    assertThat(cases).isNotEmpty();
    assertThat(cases).extracting(AutoArimaCase::mode).contains(Mode.STEPWISE, Mode.EXACT);
    for (AutoArimaCase c : cases) {
      assertThat(c.coefNames()).as(c.series()).isEqualTo(names(c.p(), c.d(), c.q(), c.constant()));
      assertThat(c.coefValues()).hasSameSizeAs(c.coefNames());
      assertThat(c.aicc()).as(c.series()).isGreaterThan(-2 * c.loglik());
      assertForecast(c.series(), c.mean(), c.lower80(), c.upper80(), c.lower95(), c.upper95());
    }
    assertThat(seriesOf(cases, Mode.STEPWISE)).containsAll(seriesOf(cases, Mode.EXACT));
  }

  @Test
  void readsEveryFixedArimaLineWithItsAicFromItsLikelihood() {
    List<FixedArimaCase> cases = RFixtures.fixedArima();

    assertThat(cases).isNotEmpty();
    for (FixedArimaCase c : cases) {
      assertThat(c.coefNames()).as(c.series()).isEqualTo(names(c.p(), c.d(), c.q(), c.constant()));
      assertThat(c.coefValues()).hasSameSizeAs(c.coefNames());
      assertThat(c.coefSe()).hasSameSizeAs(c.coefNames());
      int parameters = c.coefValues().length + 1;
      assertThat(c.aic())
          .isCloseTo(-2 * c.loglik() + 2 * parameters, within(1e-9 * Math.abs(c.aic())));
      assertThat(c.bic()).isGreaterThan(c.aic());
      assertForecast(c.series(), c.mean(), c.lower80(), c.upper80(), c.lower95(), c.upper95());
    }
  }

  @Test
  void readsAnNdiffsLineForEveryStepwiseSeries() {
    List<NdiffsCase> cases = RFixtures.ndiffs();

    assertThat(cases).isNotEmpty();
    assertThat(cases).allSatisfy(c -> assertThat(c.ndiffs()).isBetween(0, 2));
    assertThat(cases).allSatisfy(c -> assertThat(c.kpssStat()).isPositive());
    assertThat(cases.stream().map(NdiffsCase::series).collect(Collectors.toSet()))
        .isEqualTo(seriesOf(RFixtures.autoArima(), Mode.STEPWISE));
  }

  @Test
  void classicSeriesAreTheOnesRFitted() {
    randomWalks(true).forEach(RFixturesTest::assertIsTheRandomWalkOf);
  }

  @Test
  void realClosesAreTheOnesRFitted() {
    List<FixedArimaCase> walks = randomWalks(false);

    assertThat(walks).isNotEmpty();
    walks.forEach(RFixturesTest::assertIsTheRandomWalkOf);
  }

  /**
   * R's ARIMA(0,1,0) without drift forecasts the last value, and its innovation variance is the sum
   * of squared differences plus the first value's squared prediction error under R's diffuse prior
   * (variance 1e6 + 1), over n − 1: both pin down the series R read, value by value.
   */
  private static void assertIsTheRandomWalkOf(FixedArimaCase walk) {
    double[] x = RFixtures.series(walk.series());
    double squares = x[0] * x[0] / (DIFFUSE_VARIANCE + 1);
    for (int t = 1; t < x.length; t++) {
      squares += (x[t] - x[t - 1]) * (x[t] - x[t - 1]);
    }
    assertThat(walk.mean()).as(walk.series()).containsOnly(x[x.length - 1]);
    assertThat(walk.sigma2())
        .as(walk.series())
        .isCloseTo(squares / (x.length - 1), within(1e-10 * walk.sigma2()));
  }

  private static List<FixedArimaCase> randomWalks(boolean classic) {
    Set<String> classicNames = RFixtures.classicSeries().keySet();
    return RFixtures.fixedArima().stream()
        .filter(c -> c.p() == 0 && c.d() == 1 && c.q() == 0 && !c.constant())
        .filter(c -> classicNames.contains(c.series()) == classic)
        .toList();
  }

  private static void assertForecast(
      String series,
      double[] mean,
      double[] lower80,
      double[] upper80,
      double[] lower95,
      double[] upper95) {
    for (double[] values : List.of(mean, lower80, upper80, lower95, upper95)) {
      assertThat(values).as(series).hasSize(HORIZON);
    }
    for (int h = 0; h < HORIZON; h++) {
      assertThat(new double[] {lower95[h], lower80[h], mean[h], upper80[h], upper95[h]})
          .as(series + " step " + (h + 1))
          .isSorted();
    }
  }

  private static List<String> names(int p, int d, int q, boolean constant) {
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= p; i++) {
      names.add("ar" + i);
    }
    for (int i = 1; i <= q; i++) {
      names.add("ma" + i);
    }
    if (constant) {
      names.add(d == 0 ? "intercept" : "drift");
    }
    return names;
  }

  private static Set<String> seriesOf(List<AutoArimaCase> cases, Mode mode) {
    return cases.stream()
        .filter(c -> c.mode() == mode)
        .map(AutoArimaCase::series)
        .collect(Collectors.toSet());
  }
}
