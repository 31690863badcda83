package io.breadthflow.app.forecast;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.backtest.Limit;
import io.breadthflow.app.run.RunRequest;
import io.breadthflow.ingest.universe.Universe;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Forecasts of a universe's daily closes from their stored history.
 *
 * @param universe the stocks
 * @param horizon sessions ahead, {@link #HORIZON}
 * @param model how the model is chosen
 * @param asOf the last session the models may see (all stored history when empty)
 */
public record ForecastRequest(
    Universe universe, int horizon, ModelChoice model, Optional<LocalDate> asOf)
    implements RunRequest {

  /** Sessions ahead: 1 to 60, 5 when not given (the seed system's forecast length). */
  public static final Limit HORIZON = Limit.integer("horizon", 1, 60, 5, "sessions ahead");

  public ForecastRequest {
    UseCaseException.required(universe, "a universe");
    UseCaseException.required(model, "a model");
    UseCaseException.required(asOf, "the as-of date (or none)");
    HORIZON.checkInt(horizon);
  }

  @Override
  public String command() {
    return "forecast";
  }

  @Override
  public Map<String, Object> parameters() {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("universe", universe.name());
    parameters.put("horizon", horizon);
    parameters.put("model", model.code());
    asOf.ifPresent(date -> parameters.put("as_of", date));
    return parameters;
  }
}
