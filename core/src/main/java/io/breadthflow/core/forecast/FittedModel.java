package io.breadthflow.core.forecast;

/** A model fitted to one series' history, able to forecast from the end of that history. */
public interface FittedModel {

  /** The model as it would be printed, e.g. {@code ARIMA(1,1,0) with drift}. */
  String description();

  /** Forecasts {@code horizon} (≥ 1) steps beyond the last observation the model was fitted on. */
  Forecast forecast(int horizon);
}
