package io.breadthflow.core.forecast.arima;

/**
 * Whether an ARIMA model has a constant term: the mean when {@code d = 0}, the drift when {@code d
 * = 1}; a model differenced twice has none.
 */
public enum Constant {
  NONE,
  INCLUDED
}
