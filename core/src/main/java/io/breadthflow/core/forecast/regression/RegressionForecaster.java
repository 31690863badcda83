package io.breadthflow.core.forecast.regression;

import io.breadthflow.core.forecast.Forecaster;

/** Fits a {@link LaggedRegression} with a fixed {@link RegressionConfig} to each history. */
public record RegressionForecaster(RegressionConfig config) implements Forecaster {

  public RegressionForecaster {
    if (config == null) {
      throw new IllegalArgumentException("config must be given");
    }
  }

  @Override
  public LaggedRegression fit(double[] history) {
    return LaggedRegression.fit(history, config);
  }
}
