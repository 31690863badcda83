package io.breadthflow.cli.forecast;

import io.breadthflow.app.Application;
import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.forecast.EvaluationReport;
import io.breadthflow.app.forecast.EvaluationRequest;
import io.breadthflow.app.forecast.ForecastReport;
import io.breadthflow.app.forecast.ForecastRequest;
import io.breadthflow.app.forecast.ModelChoice;
import io.breadthflow.cli.AppOptions;
import io.breadthflow.cli.ConsoleProgress;
import io.breadthflow.cli.selection.UniverseOptions;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bf forecast}: forecasts of daily closes with 80% and 95% intervals, stored. */
@Command(
    name = "forecast",
    mixinStandardHelpOptions = true,
    description = {
      "Forecasts the next sessions' closes of each symbol from its stored daily history, with 80%%"
          + " and 95%% prediction intervals, and stores them (the API and dashboard show them).",
      "Models: auto (ARIMA orders chosen as R's forecast::auto.arima does, stepwise), auto-exact"
          + " (every order, exact likelihood), arima:p,d,q[+c] (one order; +c adds the drift or"
          + " mean), regression (least squares on the last 5 daily returns), regression-indicators"
          + " (and RSI(14) and the distance from SMA(20)).",
      "--evaluate instead walks forward from --start-date, fitting afresh every --refit-every"
          + " origins, and compares the model with the random walk and the drift baselines"
          + " (Diebold-Mariano test)."
    })
public final class ForecastCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format {
    table,
    csv,
    json
  }

  @Spec private CommandSpec spec;
  @Mixin private AppOptions app;
  @Mixin private UniverseOptions universeOptions;

  @Option(
      names = "--horizon",
      defaultValue = "5",
      description = "Sessions ahead, 1 to 60 (default ${DEFAULT-VALUE}).")
  private int horizon;

  @Option(
      names = "--model",
      defaultValue = "auto",
      paramLabel = "auto|auto-exact|arima:p,d,q[+c]|regression|regression-indicators",
      description = "How the model is chosen (default ${DEFAULT-VALUE}).")
  private String model;

  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM-DD",
      description = "Forecast from the history up to this session (default: all stored history).")
  private LocalDate asOf;

  @Option(
      names = "--evaluate",
      description =
          "Walk forward instead: forecast from every origin from --start-date on, seeing only the"
              + " closes up to it, and compare with the random walk and the drift baselines.")
  private boolean evaluate;

  @Option(
      names = "--start-date",
      paramLabel = "YYYY-MM-DD",
      description = "With --evaluate: the first origin (the last session on or before it).")
  private LocalDate start;

  @Option(
      names = "--rolling-window",
      defaultValue = "0",
      description =
          "With --evaluate: closes each fit sees, 50 to 5000; 0 for all up to the origin (default"
              + " ${DEFAULT-VALUE}).")
  private int rollingWindow;

  @Option(
      names = "--refit-every",
      defaultValue = "20",
      description =
          "With --evaluate: origins between fits from scratch, 1 to 1000; in between an ARIMA"
              + " keeps its coefficients (default ${DEFAULT-VALUE}).")
  private int refitEvery;

  @Option(
      names = "--step",
      defaultValue = "1",
      description =
          "With --evaluate: sessions between origins, 1 to 250 (default ${DEFAULT-VALUE}).")
  private int step;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table, csv or json (default ${DEFAULT-VALUE}).")
  private Format format;

  @Override
  public Integer call() {
    if (evaluate) {
      return evaluate();
    }
    ForecastRequest request =
        new ForecastRequest(
            universeOptions.universe(),
            horizon,
            ModelChoice.parse(model),
            Optional.ofNullable(asOf));
    PrintWriter out = spec.commandLine().getOut();
    try (Application application = app.openExisting()) {
      ForecastReport report =
          application
              .forecasts()
              .forecast(request, new ConsoleProgress(spec.commandLine().getErr()))
              .result();
      switch (format) {
        case table -> ForecastTable.table(out, report);
        case csv -> ForecastTable.csv(out, report);
        case json -> out.println(ForecastTable.json(report));
      }
      return 0;
    }
  }

  private int evaluate() {
    if (start == null) {
      throw UseCaseException.invalid("--evaluate needs --start-date, the first forecast origin");
    }
    EvaluationRequest request =
        new EvaluationRequest(
            universeOptions.universe(),
            horizon,
            ModelChoice.parse(model),
            start,
            rollingWindow,
            refitEvery,
            step);
    PrintWriter out = spec.commandLine().getOut();
    try (Application application = app.openExisting()) {
      EvaluationReport report =
          application
              .forecasts()
              .evaluate(request, new ConsoleProgress(spec.commandLine().getErr()))
              .result();
      switch (format) {
        case table -> EvaluationTable.table(out, report);
        case csv -> EvaluationTable.csv(out, report);
        case json -> out.println(EvaluationTable.json(report));
      }
      return 0;
    }
  }
}
