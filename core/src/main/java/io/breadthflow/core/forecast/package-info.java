/**
 * Forecasting: ARIMA with automatic order selection ({@code arima}), regression on lagged features
 * ({@code regression}) and honest walk-forward evaluation against the random-walk and drift
 * baselines ({@code evaluation}). Pure math over primitive arrays, no I/O; conventions follow R's
 * {@code stats::arima} and {@code forecast} package, checked against them.
 */
package io.breadthflow.core.forecast;
