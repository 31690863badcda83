package io.breadthflow.cli.backtest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.breadthflow.app.Application;
import io.breadthflow.app.backtest.ParameterGrid;
import io.breadthflow.app.backtest.WalkForwardParameters;
import io.breadthflow.app.backtest.WalkForwardReport;
import io.breadthflow.app.backtest.WalkForwardRequest;
import io.breadthflow.app.backtest.WindowLength;
import io.breadthflow.app.json.Json;
import io.breadthflow.app.run.Recorded;
import io.breadthflow.cli.AppOptions;
import io.breadthflow.cli.ConsoleProgress;
import io.breadthflow.cli.format.TableOrJsonOption;
import io.breadthflow.cli.selection.DateRangeOptions;
import io.breadthflow.cli.selection.UniverseOptions;
import io.breadthflow.core.walkforward.Objective;
import io.breadthflow.core.walkforward.WindowMode;
import io.breadthflow.ingest.membership.PointInTimeUniverse;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bf backtest walk-forward}: walk-forward optimisation of a parameter grid. */
@Command(
    name = "walk-forward",
    mixinStandardHelpOptions = true,
    description = {
      "Walk-forward optimisation: on each training window every --grid point is backtested, the"
          + " best by --objective is chosen and judged on the next --test window only; the"
          + " out-of-sample curve is stitched, and the deflated Sharpe ratio and parameter"
          + " stability are reported. Stored and shown on the dashboard's Backtests page.",
    })
public final class BacktestWalkForwardCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private AppOptions app;
  @Mixin private UniverseOptions universeOptions;
  @Mixin private DateRangeOptions range;
  @Mixin private CostOptions costOptions;

  @Option(names = "--strategy", required = true, description = "sma-cross or rsi-reversion.")
  private String strategy;

  @Option(
      names = "--grid",
      required = true,
      paramLabel = "NAME=VALUES,…",
      description =
          "Parameter grid: name=from..to:step, name=a|b|c or name=value, comma-separated, e.g."
              + " fast=10..50:10,slow=100..200:25 (left-out parameters take their defaults).")
  private String grid;

  @Option(
      names = "--train",
      required = true,
      paramLabel = "LENGTH",
      description = "Training window, 1m to 20y (d, w, m or y), e.g. 2y.")
  private String train;

  @Option(
      names = "--test",
      required = true,
      paramLabel = "LENGTH",
      description = "Test window and step, 1w to 5y, e.g. 6m.")
  private String test;

  @Option(
      names = "--mode",
      defaultValue = "rolling",
      description = "rolling (fixed-length training) or anchored (from the start date).")
  private String mode;

  @Option(
      names = "--objective",
      defaultValue = "sharpe",
      description = "What training maximises: sharpe, sortino, calmar, cagr or total_return.")
  private String objective;

  @Option(
      names = "--parallel",
      defaultValue = "0",
      description = "Threads, 1 to the processors; 0 = one per processor.")
  private int parallel;

  @Mixin private TableOrJsonOption format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Application application = app.openExisting()) {
      WalkForwardRequest request = request(application);
      Recorded<WalkForwardReport> recorded =
          application
              .backtests()
              .walkForward(request, new ConsoleProgress(spec.commandLine().getErr()));
      WalkForwardReport report = recorded.result();
      if (format.json()) {
        ObjectNode json = report.json().deepCopy();
        json.put("id", report.backtestId());
        json.put("run_id", recorded.runId());
        out.println(Json.write(json));
      } else {
        WalkForwardTable.print(out, recorded.runId(), request, report);
      }
      return 0;
    }
  }

  /** The request the options describe, over the {@code --point-in-time} universe when given. */
  private WalkForwardRequest request(Application application) {
    Optional<PointInTimeUniverse> pointInTime = universeOptions.pointInTime(application);
    WalkForwardRequest request =
        new WalkForwardRequest(
            pointInTime.map(PointInTimeUniverse::everMembers).orElseGet(universeOptions::universe),
            range.range(),
            strategy,
            ParameterGrid.parse(strategy, grid),
            WindowLength.parse(train),
            WindowLength.parse(test),
            WalkForwardParameters.named(WindowMode.class, "--mode", mode),
            WalkForwardParameters.named(Objective.class, "--objective", objective),
            costOptions.config(),
            parallel == 0 ? WalkForwardRequest.maxParallel() : parallel);
    return pointInTime.map(request::withPointInTime).orElse(request);
  }
}
