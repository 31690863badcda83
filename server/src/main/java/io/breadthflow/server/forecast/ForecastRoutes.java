package io.breadthflow.server.forecast;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.backtest.Limit;
import io.breadthflow.app.forecast.EvaluationReport;
import io.breadthflow.app.forecast.EvaluationRequest;
import io.breadthflow.app.forecast.EvaluationView;
import io.breadthflow.app.forecast.ForecastRequest;
import io.breadthflow.app.forecast.ForecastService;
import io.breadthflow.app.forecast.ForecastView;
import io.breadthflow.app.forecast.ModelChoice;
import io.breadthflow.app.run.Progress;
import io.breadthflow.core.calendar.NyseCalendar;
import io.breadthflow.ingest.universe.Universes;
import io.breadthflow.server.api.Params;
import io.breadthflow.server.api.Route;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Forecasts of a symbol's daily closes, made from its stored history (and stored) on request, and
 * their walk-forward evaluation.
 */
public final class ForecastRoutes {
  private final ForecastService forecasts;
  private final Clock clock;

  public ForecastRoutes(ForecastService forecasts, Clock clock) {
    this.forecasts = forecasts;
    this.clock = clock;
  }

  public List<Route> routes() {
    return List.of(
        Route.get(
            "/api/stocks/{symbol}/forecast",
            "Forecast of the symbol's next closes with 80% and 95% intervals (horizon 1-60,"
                + " default 5; model auto, auto-exact, arima:p,d,q[+c], regression or regression-indicators)",
            this::forecast,
            "horizon",
            "model"),
        Route.get(
            "/api/stocks/{symbol}/forecast/evaluation",
            "Walk-forward evaluation of a model on the symbol's closes against the random walk and"
                + " drift baselines (from: first origin, default a year ago; refit_every 1-1000,"
                + " default 20; rolling_window 0 or 50-5000)",
            this::evaluation,
            "horizon",
            "model",
            "from",
            "refit_every",
            "rolling_window"));
  }

  private void evaluation(Context ctx) {
    String symbol = Params.symbol(ctx);
    EvaluationRequest request =
        new EvaluationRequest(
            Universes.of(List.of(symbol)),
            horizon(ctx),
            model(ctx),
            Params.date(
                ctx, "from", LocalDate.now(clock.withZone(NyseCalendar.ZONE)).minusYears(1)),
            number(ctx, "rolling_window", EvaluationRequest.ROLLING_WINDOW),
            number(ctx, "refit_every", EvaluationRequest.REFIT_EVERY),
            (int) EvaluationRequest.STEP.fallback());
    EvaluationReport report = forecasts.evaluate(request, Progress.SILENT).result();
    ctx.json(EvaluationView.of(report.symbols().get(0)));
  }

  private static int horizon(Context ctx) {
    return number(ctx, "horizon", ForecastRequest.HORIZON);
  }

  private static ModelChoice model(Context ctx) {
    String model = ctx.queryParam("model");
    return model == null ? ModelChoice.auto() : ModelChoice.parse(model);
  }

  /** A whole-number parameter checked against its documented range, its default when absent. */
  private static int number(Context ctx, String name, Limit limit) {
    String text = ctx.queryParam(name);
    if (text == null || text.isBlank()) {
      return (int) limit.fallback();
    }
    try {
      return limit.checkInt(Long.parseLong(text.strip()));
    } catch (NumberFormatException e) {
      throw UseCaseException.invalid(name + " must be a whole number, got '" + text + "'");
    }
  }

  private void forecast(Context ctx) {
    String symbol = Params.symbol(ctx);
    ctx.json(ForecastView.of(forecasts.latest(symbol, horizon(ctx), model(ctx))));
  }
}
