package io.breadthflow.app.forecast;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.backtest.Limit;
import io.breadthflow.app.run.RunRequest;
import io.breadthflow.ingest.universe.Universe;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A walk-forward evaluation of a model on a universe's stored closes, against the random walk and
 * the drift baselines: at every origin from {@code start} on, each model sees only the closes up to
 * that session and forecasts the next {@code horizon}.
 *
 * @param universe the stocks
 * @param horizon sessions ahead, {@link ForecastRequest#HORIZON}
 * @param model the candidate
 * @param start the first origin: the last session on or before it
 * @param rollingWindow closes each fit sees: 0 for all up to the origin (expanding), else the last
 *     so many, {@link #ROLLING_WINDOW}
 * @param refitEvery origins between fits from scratch, {@link #REFIT_EVERY}; between them an ARIMA
 *     model keeps its coefficients and is filtered forward over the new closes
 * @param step sessions between origins, {@link #STEP}
 */
public record EvaluationRequest(
    Universe universe,
    int horizon,
    ModelChoice model,
    LocalDate start,
    int rollingWindow,
    int refitEvery,
    int step)
    implements RunRequest {

  /** Closes per fit of a rolling window: 0 (expanding) or 50 to 5,000. */
  public static final Limit ROLLING_WINDOW =
      Limit.integer("rolling_window", 0, 5_000, 0, "closes per fit; 0 for an expanding window");

  /** Origins between fits from scratch: 1 to 1,000, 20 when not given (about a month). */
  public static final Limit REFIT_EVERY =
      Limit.integer("refit_every", 1, 1_000, 20, "origins between fits from scratch");

  /** Sessions between origins: 1 to 250, 1 when not given. */
  public static final Limit STEP = Limit.integer("step", 1, 250, 1, "sessions between origins");

  public EvaluationRequest {
    UseCaseException.required(universe, "a universe");
    UseCaseException.required(model, "a model");
    UseCaseException.required(start, "a start date");
    ForecastRequest.HORIZON.checkInt(horizon);
    ROLLING_WINDOW.checkInt(rollingWindow);
    if (rollingWindow > 0 && rollingWindow < ForecastService.MIN_OBSERVATIONS) {
      throw UseCaseException.invalid(
          "rolling_window must be 0 (expanding) or at least "
              + ForecastService.MIN_OBSERVATIONS
              + ", got "
              + rollingWindow);
    }
    REFIT_EVERY.checkInt(refitEvery);
    STEP.checkInt(step);
  }

  @Override
  public String command() {
    return "forecast evaluate";
  }

  @Override
  public Map<String, Object> parameters() {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("universe", universe.name());
    parameters.put("horizon", horizon);
    parameters.put("model", model.code());
    parameters.put("start_date", start);
    parameters.put("rolling_window", rollingWindow);
    parameters.put("refit_every", refitEvery);
    parameters.put("step", step);
    return parameters;
  }
}
