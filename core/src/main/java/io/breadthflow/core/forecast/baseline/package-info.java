/**
 * The benchmarks every forecasting model must be compared with: the random walk (naive) and the
 * random walk with drift, as R's {@code forecast::rwf}.
 */
package io.breadthflow.core.forecast.baseline;
