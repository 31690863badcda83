package io.breadthflow.core.forecast.arima;

/**
 * Whether an ARIMA model has a constant term. With {@link #INCLUDED} the constant is a mean when
 * {@code d = 0} (R's {@code intercept}) and a drift when {@code d = 1} (R's {@code drift}, a
 * regression on the time index 1..n); {@code d = 2} admits no constant, as in {@code
 * forecast::Arima}.
 */
public enum Constant {
  /** No mean and no drift. */
  NONE,
  /** A mean ({@code d = 0}) or a drift ({@code d = 1}). */
  INCLUDED
}
