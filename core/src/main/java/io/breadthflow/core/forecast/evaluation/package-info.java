/**
 * Honest out-of-sample evaluation: a walk-forward that shows each model only the past, accuracy
 * measures, and the Diebold–Mariano test of a candidate against the random-walk baselines.
 */
package io.breadthflow.core.forecast.evaluation;
