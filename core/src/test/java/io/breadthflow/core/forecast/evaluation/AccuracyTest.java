package io.breadthflow.core.forecast.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.breadthflow.core.forecast.Forecast;
import io.breadthflow.core.forecast.ForecastPoint;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The accuracy measures on a hand-worked two-origin, two-step example. */
class AccuracyTest {

  /*
   * origin 0: last 100, forecasts 102, 101; actuals 101, 98  -> errors -1, -3
   * origin 1: last 101, forecasts 101, 104; actuals 98, 100  -> errors -3, -4
   * directions (forecast vs actual, from last): 0: up/up right, up/down wrong;
   *                                             1: flat/down wrong, up/down wrong
   */
  private static final WalkForwardResult RESULT =
      new WalkForwardResult(
          "hand",
          WalkForwardConfig.expanding(0, 2),
          List.of(
              origin(0, 100, new double[] {102, 101}, new double[] {101, 98}),
              origin(1, 101, new double[] {101, 104}, new double[] {98, 100})));

  @Test
  void measuresEachStepOverTheOrigins() {
    Accuracy first = Accuracy.atStep(RESULT, 1);
    assertThat(first.count()).isEqualTo(2);
    assertThat(first.mae()).isEqualTo(2);
    assertThat(first.rmse()).isCloseTo(Math.sqrt(5), within(1e-15));
    assertThat(first.mape()).isCloseTo(50 * (1 / 101.0 + 3 / 98.0), within(1e-13));
    assertThat(first.directionalAccuracy()).isEqualTo(0.5);
    Accuracy second = Accuracy.atStep(RESULT, 2);
    assertThat(second.mae()).isEqualTo(3.5);
    assertThat(second.directionalAccuracy()).isZero();
    assertThat(Accuracy.perStep(RESULT)).containsExactly(first, second);
  }

  @Test
  void poolsEveryStepOverall() {
    Accuracy overall = Accuracy.overall(RESULT);
    assertThat(overall.count()).isEqualTo(4);
    assertThat(overall.mae()).isEqualTo(11 / 4.0);
    assertThat(overall.rmse()).isCloseTo(Math.sqrt(35 / 4.0), within(1e-15));
    assertThat(overall.directionalAccuracy()).isEqualTo(0.25);
  }

  @Test
  void aNoChangeForecastIsRightOnlyWhenNothingChanged() {
    WalkForwardResult flat =
        new WalkForwardResult(
            "flat",
            WalkForwardConfig.expanding(0, 1),
            List.of(
                origin(0, 50, new double[] {50}, new double[] {50}),
                origin(1, 50, new double[] {50}, new double[] {51})));
    assertThat(Accuracy.overall(flat).directionalAccuracy()).isEqualTo(0.5);
  }

  private static OriginForecast origin(int t, double last, double[] means, double[] actual) {
    ForecastPoint[] points = new ForecastPoint[means.length];
    for (int i = 0; i < means.length; i++) {
      points[i] = ForecastPoint.normal(i + 1, means[i], 1);
    }
    return new OriginForecast(t, last, new Forecast("hand", List.of(points)), actual);
  }
}
