package io.breadthflow.core.forecast.evaluation;

import io.breadthflow.core.forecast.ForecastException;
import io.breadthflow.core.forecast.Forecaster;
import io.breadthflow.core.forecast.baseline.Drift;
import io.breadthflow.core.forecast.baseline.RandomWalk;
import java.util.ArrayList;
import java.util.List;

/** Runs a candidate and both baselines through one walk-forward and compares them. */
public final class WalkForwardEvaluation {
  private WalkForwardEvaluation() {}

  /**
   * {@link #compare(double[], Forecaster, WalkForwardConfig, DieboldMariano.Loss)} with
   * squared-error loss.
   */
  public static Evaluation compare(
      double[] series, Forecaster candidate, WalkForwardConfig config) {
    return compare(series, candidate, config, DieboldMariano.Loss.SQUARED);
  }

  /**
   * Walks {@code candidate}, {@link RandomWalk} and {@link Drift} forward along {@code series} with
   * {@code config} and tests the candidate against each baseline, two-sided, with {@code loss}; a
   * candidate that forecast exactly what a baseline forecast passes that test with statistic 0 and
   * p-value 1.
   *
   * @throws ForecastException when a model cannot be fitted at some origin, or a test is undefined
   */
  public static Evaluation compare(
      double[] series, Forecaster candidate, WalkForwardConfig config, DieboldMariano.Loss loss) {
    ModelEvaluation model = ModelEvaluation.of(WalkForward.run(series, candidate, config));
    ModelEvaluation walk = ModelEvaluation.of(WalkForward.run(series, new RandomWalk(), config));
    ModelEvaluation drift = ModelEvaluation.of(WalkForward.run(series, new Drift(), config));
    return new Evaluation(
        config, model, walk, drift, tests(model, walk, loss), tests(model, drift, loss));
  }

  private static List<DieboldMariano.Result> tests(
      ModelEvaluation candidate, ModelEvaluation baseline, DieboldMariano.Loss loss) {
    List<DieboldMariano.Result> results = new ArrayList<>();
    for (int step = 1; step <= candidate.run().horizon(); step++) {
      double[] errors = candidate.run().errors(step);
      double[] baselineErrors = baseline.run().errors(step);
      results.add(
          same(errors, baselineErrors)
              ? new DieboldMariano.Result(
                  0, 1, step, loss, DieboldMariano.Alternative.TWO_SIDED, errors.length)
              : DieboldMariano.test(
                  errors, baselineErrors, step, loss, DieboldMariano.Alternative.TWO_SIDED));
    }
    return results;
  }

  /**
   * True when two models made the same forecasts, up to rounding (an ARIMA(0,1,0) and the random
   * walk, say): the test of equal accuracy is then passed trivially, statistic 0 and p-value 1,
   * where {@link DieboldMariano#test} would find no variance or test rounding noise.
   */
  private static boolean same(double[] errors, double[] baselineErrors) {
    double scale = 0;
    double difference = 0;
    for (int i = 0; i < errors.length; i++) {
      scale = Math.max(scale, Math.abs(baselineErrors[i]));
      difference = Math.max(difference, Math.abs(errors[i] - baselineErrors[i]));
    }
    return difference <= 1e-9 * Math.max(scale, Double.MIN_NORMAL);
  }
}
