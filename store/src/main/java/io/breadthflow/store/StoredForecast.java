package io.breadthflow.store;

import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.forecast.ForecastPoint;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A forecast as stored: made from a symbol's history up to {@code origin} by {@code method}.
 *
 * @param symbol the instrument
 * @param interval the bars the history was made of
 * @param origin the last session the model saw
 * @param method how the model was chosen, as a user asks for it ({@code auto}, {@code arima:1,1,0},
 *     {@code regression})
 * @param model the fitted model as printed ({@code ARIMA(0,1,1) with drift})
 * @param steps the forecast, one per session ahead, the nearest first
 * @param madeAt when it was made
 */
public record StoredForecast(
    String symbol,
    Interval interval,
    LocalDate origin,
    String method,
    String model,
    List<Step> steps,
    Instant madeAt) {

  public StoredForecast {
    steps = List.copyOf(steps);
  }

  /**
   * One session ahead.
   *
   * @param target the session forecast
   * @param point the forecast and its intervals
   */
  public record Step(LocalDate target, ForecastPoint point) {}
}
