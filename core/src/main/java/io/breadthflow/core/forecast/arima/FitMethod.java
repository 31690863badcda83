package io.breadthflow.core.forecast.arima;

/**
 * How ARIMA coefficients are estimated, as R's {@code stats::arima} names them: conditional sum of
 * squares to start an exact maximum likelihood fit ({@code CSS_ML}), maximum likelihood alone
 * ({@code ML}) or conditional sum of squares alone ({@code CSS}).
 */
public enum FitMethod {
  CSS_ML,
  ML,
  CSS
}
