package io.breadthflow.core.forecast.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.core.forecast.regression.FeatureSet;
import io.breadthflow.core.forecast.regression.RegressionConfig;
import io.breadthflow.core.forecast.regression.RegressionForecaster;
import io.breadthflow.core.support.DailySeries;
import io.breadthflow.core.support.SharedData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The regression against the baselines on real S&amp;P 500 daily closes, 2013–2018: one step ahead,
 * expanding window from the 252nd close, refit at every origin. Prints what it finds; asserts only
 * what must hold whatever the market did — it does not assert that any model beats the random walk.
 */
class RealClosesEvaluationTest {
  private static final List<String> SYMBOLS = List.of("AAPL", "MSFT", "JPM", "XOM", "JNJ");
  private static final WalkForwardConfig ONE_STEP = WalkForwardConfig.expanding(251, 1);

  @Test
  void regressionAgainstRandomWalkAndDriftOnFiveSymbols() throws IOException {
    Path folder = SharedData.require("market/daily_sp500_2013_2018");
    for (FeatureSet features : FeatureSet.values()) {
      RegressionForecaster candidate =
          new RegressionForecaster(new RegressionConfig(5, 1, 1, features));
      for (String symbol : SYMBOLS) {
        double[] closes = DailySeries.read(folder.resolve(symbol + ".csv")).close();
        Evaluation evaluation = WalkForwardEvaluation.compare(closes, candidate, ONE_STEP);
        DieboldMariano.Result walk = evaluation.versusRandomWalk().get(0);
        DieboldMariano.Result drift = evaluation.versusDrift().get(0);
        System.out.printf(
            "%-22s %-5s n=%d RMSE reg/rw=%.4f reg/drift=%.4f MAE rw=%.4f dir reg=%.3f"
                + " DM vs rw %.3f (p=%.3f) vs drift %.3f (p=%.3f)%n",
            features,
            symbol,
            evaluation.candidate().overall().count(),
            evaluation.relativeRmseToRandomWalk(),
            evaluation.relativeRmseToDrift(),
            evaluation.randomWalk().overall().mae(),
            evaluation.candidate().overall().directionalAccuracy(),
            walk.statistic(),
            walk.pValue(),
            drift.statistic(),
            drift.pValue());

        assertThat(evaluation.candidate().overall().count()).isEqualTo(closes.length - 252);
        for (ModelEvaluation model :
            List.of(evaluation.candidate(), evaluation.randomWalk(), evaluation.drift())) {
          Accuracy a = model.overall();
          assertThat(List.of(a.mae(), a.rmse(), a.mape()))
              .allSatisfy(v -> assertThat(v).isFinite().isPositive());
          assertThat(a.directionalAccuracy()).isBetween(0.0, 1.0);
          assertThat(a.rmse()).isGreaterThanOrEqualTo(a.mae());
        }
        assertThat(evaluation.randomWalk().overall().mae()).isEqualTo(meanAbsoluteChange(closes));
        assertThat(List.of(walk.pValue(), drift.pValue()))
            .allSatisfy(p -> assertThat(p).isBetween(0.0, 1.0));
        assertThat(List.of(walk.statistic(), drift.statistic()))
            .allSatisfy(s -> assertThat(s).isFinite());
      }
    }
  }

  private static double meanAbsoluteChange(double[] closes) {
    double sum = 0;
    int count = 0;
    for (int t = ONE_STEP.firstOrigin(); t + 1 < closes.length; t++) {
      sum += Math.abs(closes[t + 1] - closes[t]);
      count++;
    }
    return sum / count;
  }
}
