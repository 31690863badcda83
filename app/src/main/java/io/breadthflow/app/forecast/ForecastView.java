package io.breadthflow.app.forecast;

import io.breadthflow.core.forecast.ForecastPoint;
import io.breadthflow.store.StoredForecast;
import java.time.LocalDate;
import java.util.List;

/**
 * A forecast as the CLI's JSON and the HTTP API show it.
 *
 * @param symbol the instrument
 * @param origin the last session the model saw
 * @param lastClose the close on that session
 * @param observations closes the model was fitted on
 * @param method how the model was chosen ({@code auto}, {@code arima:1,1,0}, …)
 * @param model the fitted model
 * @param steps one per session ahead
 */
public record ForecastView(
    String symbol,
    LocalDate origin,
    double lastClose,
    int observations,
    String method,
    String model,
    List<Step> steps) {

  /**
   * One session ahead.
   *
   * @param step sessions after the origin
   * @param date the session
   * @param mean the point forecast
   * @param lower80 lower bound of the 80% interval
   * @param upper80 upper bound of the 80% interval
   * @param lower95 lower bound of the 95% interval
   * @param upper95 upper bound of the 95% interval
   */
  public record Step(
      int step,
      LocalDate date,
      double mean,
      double lower80,
      double upper80,
      double lower95,
      double upper95) {}

  /** The view of {@code made}. */
  public static ForecastView of(SymbolForecast made) {
    StoredForecast forecast = made.forecast();
    return new ForecastView(
        forecast.symbol(),
        forecast.origin(),
        made.lastClose(),
        made.observations(),
        forecast.method(),
        forecast.model(),
        forecast.steps().stream()
            .map(
                step -> {
                  ForecastPoint p = step.point();
                  return new Step(
                      p.step(),
                      step.target(),
                      p.mean(),
                      p.lower80(),
                      p.upper80(),
                      p.lower95(),
                      p.upper95());
                })
            .toList());
  }
}
