package io.breadthflow.cli.backtest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.breadthflow.cli.data.StoreOptions;
import io.breadthflow.cli.format.TableOrJsonOption;
import io.breadthflow.cli.selection.DateRangeOptions;
import io.breadthflow.cli.selection.UniverseOptions;
import io.breadthflow.core.backtest.BacktestConfig;
import io.breadthflow.core.backtest.BacktestResult;
import io.breadthflow.ingest.universe.Universe;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.RunStatus;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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
          + " the next session's open. The result (metrics, equity curve, trades) is stored.",
    })
public final class BacktestRunCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private StoreOptions storeOptions;
  @Mixin private UniverseOptions universeOptions;
  @Mixin private DateRangeOptions range;
  @Mixin private StrategyOptions strategyOptions;
  @Mixin private CostOptions costOptions;

  @Option(
      names = "--benchmark",
      paramLabel = "SYMBOL",
      description = "Benchmark symbol (default: equal-weight buy and hold of the universe).")
  private String benchmark;

  @Mixin private TableOrJsonOption format;

  @Override
  public Integer call() throws Exception {
    StrategyChoice choice = strategyOptions.choice();
    BacktestConfig config = costOptions.config();
    Universe universe = universeOptions.universe();
    PrintWriter out = spec.commandLine().getOut();
    String parameters =
        universeOptions.describe() + " " + range.describe() + " --strategy " + choice.name();
    try (MarketStore store = storeOptions.open()) {
      long run = store.startRun("backtest run", parameters);
      try {
        BacktestData data =
            BacktestData.load(
                store,
                universe,
                benchmark,
                range.start(),
                range.end(),
                spec.commandLine().getErr());
        BacktestResult result = data.run(choice.create(), config);
        Map<String, Object> described = new LinkedHashMap<>(choice.relevantParameters());
        described.put("symbols", universe.symbols());
        described.put("start_date", range.start().toString());
        described.put("end_date", range.end().toString());
        described.put("config", config);
        ObjectNode json =
            BacktestReport.json(choice.name(), described, data.benchmarkName(), result);
        long id = store.saveBacktest(choice.name(), parameters, BacktestReport.text(json));
        json.put("id", id);
        if (format.json()) {
          out.println(BacktestReport.text(json));
        } else {
          BacktestReport.table(
              out,
              String.format(
                  Locale.ROOT,
                  "backtest %d: %s on %s vs %s",
                  id,
                  choice.name(),
                  universe.name(),
                  data.benchmarkName()),
              result);
        }
        store.finishRun(
            run,
            RunStatus.SUCCEEDED,
            "",
            String.format(
                Locale.ROOT, "{\"backtest\":%d,\"trades\":%d}", id, result.metrics().trades()));
        return 0;
      } catch (RuntimeException e) {
        store.finishRun(run, RunStatus.FAILED, e.getMessage(), "");
        throw e;
      }
    }
  }
}
