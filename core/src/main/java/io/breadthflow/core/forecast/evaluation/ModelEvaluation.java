package io.breadthflow.core.forecast.evaluation;

import java.util.List;

/**
 * One model's walk-forward and its accuracy.
 *
 * @param model the model's description (at the first origin)
 * @param perStep accuracy at steps 1 … horizon
 * @param overall accuracy pooled over all steps
 * @param run every forecast and actual
 */
public record ModelEvaluation(
    String model, List<Accuracy> perStep, Accuracy overall, WalkForwardResult run) {

  public ModelEvaluation {
    perStep = List.copyOf(perStep);
  }

  /** Measures {@code run}. */
  public static ModelEvaluation of(WalkForwardResult run) {
    return new ModelEvaluation(run.model(), Accuracy.perStep(run), Accuracy.overall(run), run);
  }
}
