package io.breadthflow.cli.backtest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.breadthflow.app.Application;
import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.backtest.StrategySpec;
import io.breadthflow.app.backtest.SweepReport;
import io.breadthflow.app.backtest.SweepRequest;
import io.breadthflow.app.json.Json;
import io.breadthflow.cli.AppOptions;
import io.breadthflow.cli.ConsoleProgress;
import io.breadthflow.cli.format.ShortestDecimal;
import io.breadthflow.cli.format.TableOrJsonOption;
import io.breadthflow.cli.selection.DateRangeOptions;
import io.breadthflow.cli.selection.UniverseOptions;
import io.breadthflow.core.backtest.BacktestMetrics;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bf backtest sweep}: a parameter grid of one built-in strategy, run in parallel. */
@Command(
    name = "sweep",
    mixinStandardHelpOptions = true,
    description =
        "Runs sma-cross over every --fast × --slow pair, or rsi-reversion over every"
            + " --rsi-period × --oversold pair, in parallel on the same data; ranks by Sharpe.")
public final class BacktestSweepCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private AppOptions app;
  @Mixin private UniverseOptions universeOptions;
  @Mixin private DateRangeOptions range;
  @Mixin private CostOptions costOptions;

  @Option(names = "--strategy", required = true, description = "sma-cross or rsi-reversion.")
  private String strategy;

  @Option(names = "--fast", split = ",", defaultValue = "20,50", description = "Fast periods.")
  private List<Integer> fast;

  @Option(names = "--slow", split = ",", defaultValue = "100,200", description = "Slow periods.")
  private List<Integer> slow;

  @Option(names = "--rsi-period", split = ",", defaultValue = "7,14", description = "RSI periods.")
  private List<Integer> rsiPeriod;

  @Option(
      names = "--oversold",
      split = ",",
      defaultValue = "25,30",
      description = "Oversold levels.")
  private List<Double> oversold;

  @Option(names = "--overbought", defaultValue = "70", description = "Overbought level.")
  private double overbought;

  @Option(
      names = "--parallel",
      defaultValue = "0",
      description = "Threads, 1 to 64; 0 = one per processor.")
  private int parallel;

  @Mixin private TableOrJsonOption format;

  @Override
  public Integer call() {
    List<StrategySpec> grid =
        switch (strategy) {
          case StrategySpec.SmaCross.NAME -> SweepRequest.smaCrossGrid(fast, slow);
          case StrategySpec.RsiReversion.NAME ->
              SweepRequest.rsiGrid(rsiPeriod, oversold, overbought);
          default ->
              throw UseCaseException.invalid(
                  "sweep runs sma-cross or rsi-reversion, not '" + strategy + "'");
        };
    int threads = parallel == 0 ? Runtime.getRuntime().availableProcessors() : parallel;
    PrintWriter out = spec.commandLine().getOut();
    try (Application application = app.openExisting()) {
      SweepRequest request =
          universeOptions
              .pointInTime(application)
              .map(
                  p ->
                      SweepRequest.pointInTime(
                          p, range.range(), strategy, grid, costOptions.config(), threads))
              .orElseGet(
                  () ->
                      new SweepRequest(
                          universeOptions.universe(),
                          range.range(),
                          strategy,
                          grid,
                          costOptions.config(),
                          threads));
      SweepReport report =
          application
              .backtests()
              .sweep(request, new ConsoleProgress(spec.commandLine().getErr()))
              .result();
      if (format.json()) {
        ObjectNode json = report.json().deepCopy();
        json.put("id", report.backtestId());
        out.println(Json.write(json));
      } else {
        table(out, report.ranked());
      }
      return 0;
    }
  }

  private static String describe(StrategySpec spec) {
    StringBuilder text = new StringBuilder();
    new TreeMap<>(spec.parameters())
        .forEach(
            (k, v) ->
                text.append(k)
                    .append('=')
                    .append(ShortestDecimal.format(((Number) v).doubleValue()))
                    .append(' '));
    return text.toString().strip();
  }

  private static void table(PrintWriter out, List<SweepReport.Ranked> results) {
    out.printf(
        Locale.ROOT,
        "%-40s %10s %8s %8s %9s %7s%n",
        "parameters",
        "return",
        "cagr",
        "sharpe",
        "drawdown",
        "trades");
    for (SweepReport.Ranked r : results) {
      BacktestMetrics m = r.metrics();
      out.printf(
          Locale.ROOT,
          "%-40s %9.2f%% %7.2f%% %8.3f %8.2f%% %7d%n",
          describe(r.strategy()),
          100 * m.totalReturn(),
          100 * m.cagr(),
          m.sharpe(),
          100 * m.maxDrawdown(),
          m.trades());
    }
  }
}
