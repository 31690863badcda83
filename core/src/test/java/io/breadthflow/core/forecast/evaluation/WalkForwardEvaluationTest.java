package io.breadthflow.core.forecast.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.core.forecast.FittedModel;
import io.breadthflow.core.forecast.Forecast;
import io.breadthflow.core.forecast.ForecastPoint;
import io.breadthflow.core.forecast.baseline.RandomWalk;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WalkForwardEvaluationTest {

  private static double[] walk() {
    Random random = new Random(11);
    double[] series = new double[300];
    double value = 50;
    for (int i = 0; i < series.length; i++) {
      value += random.nextGaussian();
      series[i] = value;
    }
    return series;
  }

  @Test
  void aCandidateThatForecastsWhatTheRandomWalkForecastsPassesItsTestTrivially() {
    Evaluation evaluation =
        WalkForwardEvaluation.compare(
            walk(), new RandomWalk(), new WalkForwardConfig(99, 2, WindowType.expanding(), 1, 1));

    assertThat(evaluation.versusRandomWalk())
        .allSatisfy(
            result -> {
              assertThat(result.statistic()).isZero();
              assertThat(result.pValue()).isEqualTo(1.0);
            });
    assertThat(evaluation.versusDrift())
        .allSatisfy(result -> assertThat(result.pValue()).isLessThan(1.0));
  }

  @Test
  void forecastsThatDifferOnlyByRoundingAreTheSameForecasts() {
    RandomWalk walk = new RandomWalk();
    Evaluation evaluation =
        WalkForwardEvaluation.compare(
            walk(),
            history -> {
              FittedModel model = walk.fit(history);
              return new FittedModel() {
                @Override
                public String description() {
                  return "ARIMA(0,1,0)";
                }

                @Override
                public Forecast forecast(int horizon) {
                  List<ForecastPoint> points = new ArrayList<>();
                  for (ForecastPoint p : model.forecast(horizon).points()) {
                    double mean = p.mean() * (1 + 1e-14);
                    points.add(ForecastPoint.normal(p.step(), mean, 1));
                  }
                  return new Forecast(description(), points);
                }
              };
            },
            new WalkForwardConfig(99, 1, WindowType.expanding(), 1, 1));

    assertThat(evaluation.versusRandomWalk().get(0).pValue()).isEqualTo(1.0);
  }
}
