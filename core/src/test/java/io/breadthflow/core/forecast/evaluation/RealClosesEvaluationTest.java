package io.breadthflow.core.forecast.evaluation;

import static io.breadthflow.core.forecast.ForecastAssertions.assertRelative;
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

  /*
   * The same walk-forward written independently in R 4.2.2 (forecast 8.20), on AAPL's closes:
   *   d <- read.csv("AAPL.csv"); d <- d[complete.cases(d), ]; y <- d$Close; n <- length(y); w <- 5
   *   r <- c(NA, y[-1]/y[-n] - 1); fc <- act <- rw <- numeric(0)
   *   for (t in 252:(n-1)) { ts <- (w+1):(t-1); X <- t(sapply(ts, function(s) r[s - 0:(w-1)]))
   *     fit <- lm.fit(cbind(1, X), y[ts+1]/y[ts] - 1); x0 <- c(1, r[t - 0:(w-1)])
   *     fc <- c(fc, y[t] * (1 + sum(x0 * fit$coefficients))); act <- c(act, y[t+1]); rw <- c(rw, y[t]) }
   *   e1 <- act - fc; e2 <- act - rw; cat(sqrt(mean(e1^2))/sqrt(mean(e2^2)))
   *   t <- dm.test(e1, e2, h=1); cat(t$statistic, t$p.value)
   */
  @Test
  void matchesAnIndependentWalkForwardInRForAapl() throws IOException {
    Path file = SharedData.require("market/daily_sp500_2013_2018").resolve("AAPL.csv");
    double[] closes = DailySeries.read(file).close();
    Evaluation evaluation =
        WalkForwardEvaluation.compare(
            closes, new RegressionForecaster(RegressionConfig.DEFAULT), ONE_STEP);
    assertRelative(evaluation.relativeRmseToRandomWalk(), 1.0070350151577898, 1e-10);
    DieboldMariano.Result walk = evaluation.versusRandomWalk().get(0);
    assertRelative(walk.statistic(), 2.0620922242806481, 1e-8);
    assertRelative(walk.pValue(), 0.039455314630896146, 1e-8);
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
