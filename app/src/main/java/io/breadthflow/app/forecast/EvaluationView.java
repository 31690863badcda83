package io.breadthflow.app.forecast;

import io.breadthflow.core.forecast.evaluation.Accuracy;
import io.breadthflow.core.forecast.evaluation.DieboldMariano;
import io.breadthflow.core.forecast.evaluation.Evaluation;
import io.breadthflow.core.forecast.evaluation.ModelEvaluation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A symbol's walk-forward evaluation as the CLI's JSON and the HTTP API show it.
 *
 * @param symbol the instrument
 * @param firstOrigin the session of the first forecast origin
 * @param lastOrigin the session of the last
 * @param origins forecast origins
 * @param horizon sessions forecast from each
 * @param models the candidate, then the random walk and the drift baselines
 * @param tests the Diebold–Mariano tests of the candidate against each baseline, per step
 */
public record EvaluationView(
    String symbol,
    LocalDate firstOrigin,
    LocalDate lastOrigin,
    int origins,
    int horizon,
    List<ModelRow> models,
    List<TestRow> tests) {

  /**
   * One model's accuracy over every origin and step.
   *
   * @param role {@code candidate}, {@code random_walk} or {@code drift}
   * @param model the model as printed (the candidate's at the first origin)
   * @param mae mean absolute error
   * @param rmse root mean squared error
   * @param mape mean absolute percentage error, in percent
   * @param directionalAccuracy share of forecasts that got the direction of the move right
   * @param relativeRmse this RMSE over the random walk's
   */
  public record ModelRow(
      String role,
      String model,
      double mae,
      double rmse,
      double mape,
      double directionalAccuracy,
      double relativeRmse) {}

  /**
   * The Diebold–Mariano test of equal accuracy (squared error, two-sided) at one step.
   *
   * @param step sessions ahead
   * @param versus the baseline's role
   * @param statistic the Harvey–Leybourne–Newbold corrected statistic; negative favours the
   *     candidate
   * @param pValue its p-value
   */
  public record TestRow(int step, String versus, double statistic, double pValue) {}

  /** The view of {@code done}. */
  public static EvaluationView of(SymbolEvaluation done) {
    Evaluation evaluation = done.evaluation();
    double walkRmse = evaluation.randomWalk().overall().rmse();
    List<ModelRow> models =
        List.of(
            row("candidate", evaluation.candidate(), walkRmse),
            row("random_walk", evaluation.randomWalk(), walkRmse),
            row("drift", evaluation.drift(), walkRmse));
    List<TestRow> tests = new ArrayList<>();
    tests(tests, "random_walk", evaluation.versusRandomWalk());
    tests(tests, "drift", evaluation.versusDrift());
    return new EvaluationView(
        done.symbol(),
        done.firstOrigin(),
        done.lastOrigin(),
        evaluation.candidate().run().origins().size(),
        evaluation.config().horizon(),
        models,
        tests);
  }

  private static ModelRow row(String role, ModelEvaluation model, double walkRmse) {
    Accuracy overall = model.overall();
    return new ModelRow(
        role,
        model.model(),
        overall.mae(),
        overall.rmse(),
        overall.mape(),
        overall.directionalAccuracy(),
        overall.rmse() / walkRmse);
  }

  private static void tests(
      List<TestRow> rows, String versus, List<DieboldMariano.Result> results) {
    for (int step = 1; step <= results.size(); step++) {
      DieboldMariano.Result result = results.get(step - 1);
      rows.add(new TestRow(step, versus, result.statistic(), result.pValue()));
    }
  }
}
