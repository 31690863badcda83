package io.breadthflow.stream.forecast;

import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.forecast.ForecastPoint;
import java.time.Instant;
import java.util.List;

/**
 * A forecast the streaming job made after a bar.
 *
 * @param symbol the instrument
 * @param interval the bars forecast
 * @param origin the start of the last bar the model saw
 * @param lastClose that bar's close
 * @param model the fitted model as printed
 * @param points one per bar ahead
 */
public record ForecastUpdate(
    String symbol,
    Interval interval,
    Instant origin,
    double lastClose,
    String model,
    List<ForecastPoint> points) {}
