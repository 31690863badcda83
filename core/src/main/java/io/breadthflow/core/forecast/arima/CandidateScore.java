package io.breadthflow.core.forecast.arima;

/**
 * A model the automatic selection tried, in the order it was tried.
 *
 * @param spec the model
 * @param method how it was fitted ({@link FitMethod#CSS} while searching with R's approximation)
 * @param criterion its AICc (with the approximation offset when fitted by CSS), {@code +∞} when the
 *     fit failed or was rejected as (nearly) non-stationary or non-invertible
 */
public record CandidateScore(ArimaSpec spec, FitMethod method, double criterion) {}
