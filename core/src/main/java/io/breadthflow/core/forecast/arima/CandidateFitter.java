package io.breadthflow.core.forecast.arima;

/**
 * Fits one candidate model for the order search and scores it by the search's criterion, {@code +∞}
 * for a model R's {@code forecast:::myarima} would reject.
 *
 * @param <M> the fitted model's type
 */
@FunctionalInterface
interface CandidateFitter<M> {

  Candidate<M> fit(ArimaSpec spec, FitMethod method);
}
