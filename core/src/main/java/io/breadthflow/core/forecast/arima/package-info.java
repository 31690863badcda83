/**
 * ARIMA estimation and forecasting as R's {@code stats::arima} and {@code forecast::Arima} compute
 * them: {@link io.breadthflow.core.forecast.arima.Arima#fit} takes a series and an {@link
 * io.breadthflow.core.forecast.arima.ArimaSpec} (order and constant) and returns an {@link
 * io.breadthflow.core.forecast.arima.ArimaFit} with R's coefficients, standard errors, likelihood,
 * information criteria and Kalman forecasts. The numerical steps (BFGS with R's finite differences,
 * the AS 154 initial covariance, the least-squares start of the constant) follow R's order of
 * operations, so that fits agree with R's to many digits, not only where the likelihood has a sharp
 * maximum.
 */
package io.breadthflow.core.forecast.arima;
