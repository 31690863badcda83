package io.breadthflow.core.forecast.arima;

import io.breadthflow.core.forecast.Forecaster;

/** {@link AutoArima} as a {@link Forecaster}: each fit selects the model afresh. */
public record AutoArimaForecaster(AutoArimaConfig config) implements Forecaster {

  public AutoArimaForecaster {
    if (config == null) {
      throw new IllegalArgumentException("config is required");
    }
  }

  @Override
  public AutoArimaResult fit(double[] history) {
    return AutoArima.select(history, config);
  }
}
