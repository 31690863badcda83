package io.breadthflow.app.forecast;

import io.breadthflow.store.StoredForecast;

/**
 * One symbol's forecast with what it was made from.
 *
 * @param forecast the forecast as stored
 * @param lastClose the close on the forecast's origin
 * @param observations closes the model was fitted on
 */
public record SymbolForecast(StoredForecast forecast, double lastClose, int observations) {}
