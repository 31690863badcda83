/**
 * Least squares ({@link io.breadthflow.core.forecast.regression.Ols}) and the direct multi-step
 * regression of future returns on lagged returns and indicators ({@link
 * io.breadthflow.core.forecast.regression.LaggedRegression}).
 */
package io.breadthflow.core.forecast.regression;
