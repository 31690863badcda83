package io.breadthflow.core.forecast.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.core.forecast.RDatasets;
import io.breadthflow.core.forecast.baseline.Drift;
import io.breadthflow.core.forecast.baseline.RandomWalk;
import io.breadthflow.core.forecast.regression.FeatureSet;
import io.breadthflow.core.forecast.regression.RegressionConfig;
import io.breadthflow.core.forecast.regression.RegressionForecaster;
import org.junit.jupiter.api.Test;

/** The comparison runs all three models on one schedule and tests step k at horizon k. */
class WalkForwardEvaluationTest {
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
