package io.breadthflow.core.forecast.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.core.forecast.FittedModel;
import io.breadthflow.core.forecast.Forecast;
import io.breadthflow.core.forecast.ForecastPoint;
import io.breadthflow.core.forecast.RDatasets;
import io.breadthflow.core.forecast.baseline.Drift;
import io.breadthflow.core.forecast.baseline.RandomWalk;
import io.breadthflow.core.forecast.regression.FeatureSet;
import io.breadthflow.core.forecast.regression.RegressionConfig;
import io.breadthflow.core.forecast.regression.RegressionForecaster;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The comparison runs all three models on one schedule and tests step k at horizon k; a candidate
 * that forecasts what a baseline forecasts passes that test trivially.
 */
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

  private static final WalkForwardConfig CONFIG = WalkForwardConfig.expanding(40, 3);
  private static final RegressionForecaster CANDIDATE =
      new RegressionForecaster(new RegressionConfig(2, 3, 1, FeatureSet.LAGGED_RETURNS));

  @Test
  void runsCandidateAndBothBaselinesOnTheSameOrigins() {
    Evaluation evaluation = WalkForwardEvaluation.compare(RDatasets.WWWUSAGE, CANDIDATE, CONFIG);
    assertThat(evaluation.candidate().model()).isEqualTo("linear regression on 2 lagged returns");
    assertThat(evaluation.randomWalk().model()).isEqualTo("random walk");
    assertThat(evaluation.drift().model()).isEqualTo("random walk with drift");
    assertThat(evaluation.randomWalk().perStep())
        .isEqualTo(Accuracy.perStep(WalkForward.run(RDatasets.WWWUSAGE, new RandomWalk(), CONFIG)));
    assertThat(evaluation.drift().overall())
        .isEqualTo(Accuracy.overall(WalkForward.run(RDatasets.WWWUSAGE, new Drift(), CONFIG)));
    assertThat(evaluation.candidate().overall().count()).isEqualTo(3 * (99 - 3 - 40 + 1));
    assertThat(evaluation.relativeRmseToRandomWalk())
        .isEqualTo(
            evaluation.candidate().overall().rmse() / evaluation.randomWalk().overall().rmse());
  }

  @Test
  void testsTheCandidateAgainstEachBaselineAtEveryStepWithThatStepAsHorizon() {
    Evaluation evaluation =
        WalkForwardEvaluation.compare(
            RDatasets.WWWUSAGE, CANDIDATE, CONFIG, DieboldMariano.Loss.ABSOLUTE);
    assertThat(evaluation.versusRandomWalk()).hasSize(3);
    assertThat(evaluation.versusDrift()).hasSize(3);
    for (int step = 1; step <= 3; step++) {
      double[] candidate = evaluation.candidate().run().errors(step);
      assertThat(evaluation.versusRandomWalk().get(step - 1))
          .isEqualTo(
              DieboldMariano.test(
                  candidate,
                  evaluation.randomWalk().run().errors(step),
                  step,
                  DieboldMariano.Loss.ABSOLUTE,
                  DieboldMariano.Alternative.TWO_SIDED));
      assertThat(evaluation.versusDrift().get(step - 1))
          .isEqualTo(
              DieboldMariano.test(
                  candidate,
                  evaluation.drift().run().errors(step),
                  step,
                  DieboldMariano.Loss.ABSOLUTE,
                  DieboldMariano.Alternative.TWO_SIDED));
    }
  }
}
