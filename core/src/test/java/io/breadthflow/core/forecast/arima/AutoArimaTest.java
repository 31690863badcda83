package io.breadthflow.core.forecast.arima;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.breadthflow.core.forecast.Forecast;
import io.breadthflow.core.forecast.ForecastException;
import io.breadthflow.core.forecast.RFixtures;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The selection path and special cases of auto.arima against R's {@code trace = TRUE} output and
 * results (forecast 8.20; each expected value names the R call that printed it).
 */
class AutoArimaTest {

  private static String traced(CandidateScore score) {
    return score.spec().description() + " : " + score.criterion();
  }

  private static void assertPath(List<CandidateScore> tried, List<String> names, double[] rValues) {
    assertThat(tried).extracting(s -> s.spec().description()).containsExactlyElementsOf(names);
    for (int i = 0; i < rValues.length; i++) {
      double expected = rValues[i];
      if (Double.isInfinite(expected)) {
        assertThat(tried.get(i).criterion()).as(traced(tried.get(i))).isInfinite();
      } else {
        // R prints 7 significant digits
        assertThat(tried.get(i).criterion())
            .as(traced(tried.get(i)))
            .isCloseTo(expected, within(6e-3));
      }
    }
  }

  @Test
  void stepwiseVisitsTheModelsRsTraceShowsForWWWusage() {
    // auto.arima(as.numeric(WWWusage), seasonal = FALSE, trace = TRUE)
    AutoArimaResult result =
        AutoArima.select(RFixtures.series("WWWusage"), AutoArimaConfig.defaults());

    assertThat(result.description()).isEqualTo("ARIMA(1,1,1)");
    assertThat(result.differences()).isEqualTo(1);
    assertPath(
        result.tried(),
        List.of(
            "ARIMA(2,1,2) with drift",
            "ARIMA(0,1,0) with drift",
            "ARIMA(1,1,0) with drift",
            "ARIMA(0,1,1) with drift",
            "ARIMA(0,1,0)",
            "ARIMA(1,1,2) with drift",
            "ARIMA(0,1,2) with drift",
            "ARIMA(1,1,1) with drift",
            "ARIMA(2,1,1) with drift",
            "ARIMA(2,1,0) with drift",
            "ARIMA(1,1,1)",
            "ARIMA(0,1,1)",
            "ARIMA(1,1,0)",
            "ARIMA(2,1,1)",
            "ARIMA(1,1,2)",
            "ARIMA(0,1,2)",
            "ARIMA(2,1,0)",
            "ARIMA(2,1,2)"),
        new double[] {
          519.4483, 627.7442, 531.1079, 548.4164, 631.0362, 518.2245, 520.4047, 516.0048,
          518.2245, 523.7396, 514.5521, 549.9305, 529.3628, 516.717, 516.6774, 520.1275,
          522.4308, 518.0056
        });
    assertThat(result.tried()).allMatch(s -> s.method() == FitMethod.CSS_ML);
  }

  @Test
  void approximatedStepwiseScoresByCssWithRsOffsetThenRefitsTheBestForSunspots() {
    // auto.arima(as.numeric(sunspot.year), seasonal = FALSE, trace = TRUE): n = 289 > 150
    double[] y = RFixtures.series("sunspot.year");
    AutoArimaResult result = AutoArima.select(y, AutoArimaConfig.defaults());

    // a <- arima(x, order = c(0, 1, 0)); -2 * a$loglik - length(x) * log(a$sigma2)
    assertThat(AutoArima.approximationOffset(y, 1)).isCloseTo(810.97462869003357, within(1e-6));
    assertThat(result.description()).isEqualTo("ARIMA(2,1,3)");
    assertPath(
        result.tried(),
        List.of(
            "ARIMA(2,1,2) with drift",
            "ARIMA(0,1,0) with drift",
            "ARIMA(1,1,0) with drift",
            "ARIMA(0,1,1) with drift",
            "ARIMA(0,1,0)",
            "ARIMA(1,1,2) with drift",
            "ARIMA(2,1,1) with drift",
            "ARIMA(3,1,2) with drift",
            "ARIMA(3,1,1) with drift",
            "ARIMA(4,1,2) with drift",
            "ARIMA(3,1,3) with drift",
            "ARIMA(2,1,3) with drift",
            "ARIMA(1,1,3) with drift",
            "ARIMA(2,1,4) with drift",
            "ARIMA(1,1,4) with drift",
            "ARIMA(3,1,4) with drift",
            "ARIMA(2,1,3)",
            "ARIMA(1,1,3)",
            "ARIMA(2,1,2)",
            "ARIMA(3,1,3)",
            "ARIMA(2,1,4)",
            "ARIMA(1,1,2)",
            "ARIMA(1,1,4)",
            "ARIMA(3,1,2)",
            "ARIMA(3,1,4)",
            "ARIMA(2,1,3)"),
        new double[] {
          2404.869,
          2639.143,
          2545.3,
          2555.205,
          2637.171,
          2527.604,
          2432.87,
          2402.592,
          2421.345,
          2407.138,
          2403.986,
          2401.354,
          Double.POSITIVE_INFINITY,
          2403.088,
          Double.POSITIVE_INFINITY,
          2402.525,
          2399.689,
          2474.291,
          2403.372,
          2402.2,
          2401.366,
          2525.597,
          2469.754,
          2400.803,
          2400.714,
          2406.495
        });
    List<CandidateScore> tried = result.tried();
    assertThat(tried.subList(0, tried.size() - 1)).allMatch(s -> s.method() == FitMethod.CSS);
    assertThat(tried.get(tried.size() - 1).method()).isEqualTo(FitMethod.CSS_ML);
  }

  @Test
  void exhaustiveSearchWithTheApproximationSelectsRsModelsOnRealCloses() {
    // auto.arima(ts(close), seasonal = FALSE, stepwise = FALSE): n = 1259 > 150, so approximated
    AutoArimaConfig config =
        new AutoArimaConfig(5, 2, 5, 5, SearchMode.EXHAUSTIVE, Approximation.AUTO, 94);
    Map<String, String> expected =
        Map.of(
            "AAP", "ARIMA(2,1,2)",
            "EXR", "ARIMA(3,1,2)",
            "GILD", "ARIMA(2,1,3)",
            "HOG", "ARIMA(0,1,4)",
            "MCHP", "ARIMA(0,1,1) with drift",
            "STZ", "ARIMA(4,1,0) with drift");
    expected.forEach(
        (symbol, model) -> {
          AutoArimaResult result = AutoArima.select(RFixtures.realCloses(symbol), config);
          assertThat(result.description()).as(symbol).isEqualTo(model);
          List<CandidateScore> tried = result.tried();
          assertThat(tried.get(tried.size() - 1).method()).isEqualTo(FitMethod.CSS_ML);
        });
  }

  @Test
  void aConstantSeriesGetsItsMeanWithoutSearching() {
    // auto.arima(rep(3, 10)): ARIMA(0,0,0) with non-zero mean, intercept 3, sigma^2 = 0
    AutoArimaResult result =
        AutoArima.select(new double[] {3, 3, 3, 3, 3, 3, 3, 3, 3, 3}, AutoArimaConfig.defaults());

    assertThat(result.description()).isEqualTo("ARIMA(0,0,0) with non-zero mean");
    assertThat(result.tried()).isEmpty();
    assertThat(result.model().coefficients()).containsExactly(3.0);
    Forecast forecast = result.forecast(3);
    assertThat(forecast.points()).allSatisfy(p -> assertThat(p.lower95()).isEqualTo(3.0));
    assertThat(forecast.points()).allSatisfy(p -> assertThat(p.upper95()).isEqualTo(3.0));
  }

  @Test
  void aSeriesWithConstantDifferencesGetsItsDriftWithoutSearching() {
    // auto.arima(as.numeric(1:20)): ARIMA(0,1,0) with drift 1; forecasts 21, 22, 23
    double[] line = IntStream.rangeClosed(1, 20).asDoubleStream().toArray();
    AutoArimaResult result = AutoArima.select(line, AutoArimaConfig.defaults());

    assertThat(result.description()).isEqualTo("ARIMA(0,1,0) with drift");
    assertThat(result.forecast(3).points())
        .extracting(p -> p.mean())
        .containsExactly(21.0, 22.0, 23.0);
  }

  @Test
  void aQuadraticIsDifferencedTwiceWithoutConstant() {
    // auto.arima(as.numeric((1:12)^2)): ARIMA(0,2,0), forecasts 167, 190
    double[] squares = IntStream.rangeClosed(1, 12).mapToDouble(i -> i * i).toArray();
    AutoArimaResult result = AutoArima.select(squares, AutoArimaConfig.defaults());

    assertThat(result.description()).isEqualTo("ARIMA(0,2,0)");
    assertThat(result.forecast(2).mean(1)).isCloseTo(167, within(1e-9));
    assertThat(result.forecast(2).mean(2)).isCloseTo(190, within(1e-9));
  }

  @Test
  void shortSeriesStartFromOrdersOfAtMostOneAndTheShortestAreRankedByAic() {
    // auto.arima(c(1, 3, 2, 5, 4, 6, 5, 8)): ARIMA(0,1,0)
    AutoArimaResult eight =
        AutoArima.select(new double[] {1, 3, 2, 5, 4, 6, 5, 8}, AutoArimaConfig.defaults());
    assertThat(eight.description()).isEqualTo("ARIMA(0,1,0)");
    assertThat(eight.tried().get(0).spec().description()).isEqualTo("ARIMA(1,1,1) with drift");

    // auto.arima(c(1, 3, 2)): ARIMA(0,0,0) with non-zero mean (its AICc would be Inf)
    AutoArimaResult three = AutoArima.select(new double[] {1, 3, 2}, AutoArimaConfig.defaults());
    assertThat(three.description()).isEqualTo("ARIMA(0,0,0) with non-zero mean");
    assertThat(three.model().coefficients()[0]).isCloseTo(2.0, within(1e-6));
  }

  @Test
  void theTinySeriesGetRsModels() {
    // auto.arima(c(1, 2.5)); auto.arima(c(3, 1, 2, 5))
    assertThat(AutoArima.select(new double[] {1, 2.5}, AutoArimaConfig.defaults()).description())
        .isEqualTo("ARIMA(0,0,0) with non-zero mean");
    assertThat(
            AutoArima.select(new double[] {3, 1, 2, 5}, AutoArimaConfig.defaults()).description())
        .isEqualTo("ARIMA(0,0,0) with zero mean");
  }

  @Test
  void refusesAnEmptyOrNonFiniteSeriesWithAForecastException() {
    assertThatThrownBy(() -> AutoArima.select(new double[0], AutoArimaConfig.defaults()))
        .isInstanceOf(ForecastException.class);
    assertThatThrownBy(
            () -> AutoArima.select(new double[] {1, Double.NaN, 3}, AutoArimaConfig.defaults()))
        .isInstanceOf(ForecastException.class)
        .hasMessageContaining("finite");
  }

  @Test
  void theForecasterSelectsAfreshForEachHistory() {
    AutoArimaForecaster forecaster = new AutoArimaForecaster(AutoArimaConfig.exact());
    double[] www = RFixtures.series("WWWusage");

    assertThat(forecaster.fit(www).description()).isEqualTo("ARIMA(3,1,0)");
    assertThat(forecaster.fit(new double[] {4, 4, 4}).description())
        .isEqualTo("ARIMA(0,0,0) with non-zero mean");
  }
}
