package io.breadthflow.core.forecast.evaluation;

import java.util.List;

/**
 * A candidate model against the random walk and the random walk with drift, all run by the same
 * walk-forward. The Diebold–Mariano tests compare the candidate (first) with each baseline (second)
 * at every step k = 1 … horizon, using the errors at step k and h = k: a negative statistic favours
 * the candidate.
 *
 * @param config the walk-forward schedule
 * @param candidate the candidate's results
 * @param randomWalk the random walk's
 * @param drift the random walk with drift's
 * @param versusRandomWalk candidate against random walk, per step
 * @param versusDrift candidate against drift, per step
 */
public record Evaluation(
    WalkForwardConfig config,
    ModelEvaluation candidate,
    ModelEvaluation randomWalk,
    ModelEvaluation drift,
    List<DieboldMariano.Result> versusRandomWalk,
    List<DieboldMariano.Result> versusDrift) {

  public Evaluation {
    versusRandomWalk = List.copyOf(versusRandomWalk);
    versusDrift = List.copyOf(versusDrift);
  }

  /** The candidate's overall RMSE over the random walk's: below 1 means more accurate. */
  public double relativeRmseToRandomWalk() {
    return candidate.overall().rmse() / randomWalk.overall().rmse();
  }

  /** The candidate's overall RMSE over the drift model's. */
  public double relativeRmseToDrift() {
    return candidate.overall().rmse() / drift.overall().rmse();
  }
}
