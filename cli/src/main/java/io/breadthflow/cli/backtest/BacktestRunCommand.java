package io.breadthflow.cli.backtest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.breadthflow.app.Application;
import io.breadthflow.app.backtest.BacktestReport;
import io.breadthflow.app.backtest.BacktestRequest;
import io.breadthflow.app.json.Json;
import io.breadthflow.app.run.Recorded;
import io.breadthflow.cli.AppOptions;
import io.breadthflow.cli.ConsoleProgress;
import io.breadthflow.cli.convert.AdjustmentConverter;
import io.breadthflow.cli.format.TableOrJsonOption;
import io.breadthflow.cli.selection.DateRangeOptions;
import io.breadthflow.cli.selection.UniverseOptions;
import io.breadthflow.core.adjust.Adjustment;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bf backtest run}: one backtest, stored, reported as a table or JSON. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Runs a strategy over the stored daily bars: decisions on the close of a session fill at"
          + " the next session's open. The result (metrics, equity curve, trades) is stored and"
          + " shown on the dashboard's Backtests page.",
    })
public final class BacktestRunCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private AppOptions app;
  @Mixin private UniverseOptions universeOptions;
  @Mixin private DateRangeOptions range;
  @Mixin private StrategyOptions strategyOptions;
  @Mixin private CostOptions costOptions;

  @Option(
      names = "--benchmark",
      paramLabel = "SYMBOL",
      description = "Benchmark symbol (default: equal-weight buy and hold of the universe).")
  private String benchmark;

  @Option(
      names = "--adjust",
      paramLabel = "raw|split|total-return",
      defaultValue = "total-return",
      converter = AdjustmentConverter.class,
      description =
          "Price basis: total-return (default; splits and reinvested dividends), split or raw.")
  private Adjustment adjustment;

  @Mixin private TableOrJsonOption format;

  @Override
  public Integer call() {
    Optional<String> benchmarkSymbol =
        Optional.ofNullable(benchmark).map(s -> s.toUpperCase(Locale.ROOT));
    PrintWriter out = spec.commandLine().getOut();
    try (Application application = app.openExisting()) {
      BacktestRequest request =
          universeOptions
              .pointInTime(application)
              .map(
                  p ->
                      BacktestRequest.pointInTime(
                          p,
                          range.range(),
                          strategyOptions.spec(p.everMembers()),
                          costOptions.config(),
                          benchmarkSymbol,
                          adjustment))
              .orElseGet(
                  () ->
                      new BacktestRequest(
                          universeOptions.universe(),
                          range.range(),
                          strategyOptions.spec(universeOptions.universe()),
                          costOptions.config(),
                          benchmarkSymbol,
                          adjustment));
      Recorded<BacktestReport> recorded =
          application.backtests().run(request, new ConsoleProgress(spec.commandLine().getErr()));
      BacktestReport report = recorded.result();
      if (format.json()) {
        ObjectNode json = report.json().deepCopy();
        json.put("id", report.backtestId());
        json.put("run_id", recorded.runId());
        out.println(Json.write(json));
      } else {
        BacktestTable.print(
            out,
            String.format(
                Locale.ROOT,
                "backtest %d: %s on %s vs %s",
                recorded.runId(),
                request.strategy().name(),
                request.universe().name(),
                report.benchmark()),
            report.result());
      }
      return 0;
    }
  }
}
