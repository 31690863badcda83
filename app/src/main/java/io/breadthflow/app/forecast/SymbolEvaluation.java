package io.breadthflow.app.forecast;

import io.breadthflow.core.forecast.evaluation.Evaluation;
import java.time.LocalDate;

/**
 * One symbol's walk-forward evaluation.
 *
 * @param symbol the instrument
 * @param firstOrigin the session of the first forecast origin
 * @param lastOrigin the session of the last
 * @param evaluation the candidate and both baselines, their accuracy and the Diebold–Mariano tests
 */
public record SymbolEvaluation(
    String symbol, LocalDate firstOrigin, LocalDate lastOrigin, Evaluation evaluation) {}
