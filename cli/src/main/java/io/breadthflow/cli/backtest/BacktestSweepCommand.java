package io.breadthflow.cli.backtest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.breadthflow.cli.UsageException;
import io.breadthflow.cli.data.StoreOptions;
import io.breadthflow.cli.format.ShortestDecimal;
import io.breadthflow.cli.format.TableOrJsonOption;
import io.breadthflow.cli.progress.ProgressBar;
import io.breadthflow.cli.selection.DateRangeOptions;
import io.breadthflow.cli.selection.UniverseOptions;
import io.breadthflow.core.backtest.BacktestConfig;
import io.breadthflow.core.backtest.BacktestMetrics;
import io.breadthflow.core.backtest.BacktestResult;
import io.breadthflow.ingest.universe.Universe;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.RunStatus;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
  @Mixin private StoreOptions storeOptions;
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

  @Option(names = "--parallel", defaultValue = "0", description = "Threads; 0 = one per processor.")
  private int parallel;

  @Mixin private TableOrJsonOption format;

  @Override
  public Integer call() throws Exception {
    List<StrategyChoice> grid = grid();
    BacktestConfig config = costOptions.config();
    Universe universe = universeOptions.universe();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String parameters =
        universeOptions.describe() + " " + range.describe() + " --strategy " + strategy;
    try (MarketStore store = storeOptions.open()) {
      long run = store.startRun("backtest sweep", parameters);
      BacktestData data = BacktestData.load(store, universe, null, range.start(), range.end(), err);
      List<Map.Entry<StrategyChoice, BacktestMetrics>> results = runAll(grid, data, config, err);
      results.sort(
          Comparator.comparingDouble(
              (Map.Entry<StrategyChoice, BacktestMetrics> e) ->
                  Double.isNaN(e.getValue().sharpe())
                      ? Double.NEGATIVE_INFINITY
                      : -e.getValue().sharpe()));
      ObjectNode json = json(results);
      long id =
          store.saveBacktest(
              "sweep " + strategy, parameters, new ObjectMapper().writeValueAsString(json));
      json.put("id", id);
      if (format.json()) {
        out.println(new ObjectMapper().writeValueAsString(json));
      } else {
        table(out, results);
      }
      store.finishRun(run, RunStatus.SUCCEEDED, "", "{\"runs\":" + results.size() + "}");
      return 0;
    }
  }

  private List<StrategyChoice> grid() {
    List<StrategyChoice> grid = new ArrayList<>();
    switch (strategy) {
      case "sma-cross" -> {
        for (int f : fast) {
          for (int s : slow) {
            if (f < s) {
              grid.add(choice(Map.of("fast", (double) f, "slow", (double) s)));
            }
          }
        }
      }
      case "rsi-reversion" -> {
        for (int p : rsiPeriod) {
          for (double o : oversold) {
            grid.add(
                choice(Map.of("rsi_period", (double) p, "oversold", o, "overbought", overbought)));
          }
        }
      }
      default ->
          throw new UsageException("sweep runs sma-cross or rsi-reversion, not '" + strategy + "'");
    }
    if (grid.isEmpty()) {
      throw new UsageException("the grid is empty: every --fast must be below some --slow");
    }
    return grid;
  }

  private StrategyChoice choice(Map<String, Double> parameters) {
    return new StrategyChoice(strategy, new LinkedHashMap<>(parameters)).validated();
  }

  private List<Map.Entry<StrategyChoice, BacktestMetrics>> runAll(
      List<StrategyChoice> grid, BacktestData data, BacktestConfig config, PrintWriter err)
      throws Exception {
    int threads = parallel > 0 ? parallel : Runtime.getRuntime().availableProcessors();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    ProgressBar progress = ProgressBar.onTerminal(err, "sweeping", grid.size());
    try {
      List<Future<BacktestResult>> futures = new ArrayList<>();
      for (StrategyChoice choice : grid) {
        futures.add(pool.submit(() -> data.run(choice.create(), config)));
      }
      List<Map.Entry<StrategyChoice, BacktestMetrics>> results = new ArrayList<>();
      for (int i = 0; i < grid.size(); i++) {
        results.add(Map.entry(grid.get(i), futures.get(i).get().metrics()));
        progress.step(grid.get(i).relevantParameters().toString());
      }
      return results;
    } finally {
      progress.finish();
      pool.shutdownNow();
    }
  }

  private static ObjectNode json(List<Map.Entry<StrategyChoice, BacktestMetrics>> results) {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    ArrayNode runs = root.putArray("runs");
    for (Map.Entry<StrategyChoice, BacktestMetrics> e : results) {
      ObjectNode node = runs.addObject();
      node.set("parameters", mapper.valueToTree(e.getKey().relevantParameters()));
      node.set("metrics", mapper.valueToTree(BacktestReport.metrics(e.getValue())));
    }
    return root;
  }

  private static String describe(Map<String, Double> parameters) {
    StringBuilder text = new StringBuilder();
    new java.util.TreeMap<>(parameters)
        .forEach(
            (k, v) -> text.append(k).append('=').append(ShortestDecimal.format(v)).append(' '));
    return text.toString().strip();
  }

  private static void table(
      PrintWriter out, List<Map.Entry<StrategyChoice, BacktestMetrics>> results) {
    out.printf(
        Locale.ROOT,
        "%-40s %10s %8s %8s %9s %7s%n",
        "parameters",
        "return",
        "cagr",
        "sharpe",
        "drawdown",
        "trades");
    for (Map.Entry<StrategyChoice, BacktestMetrics> e : results) {
      BacktestMetrics m = e.getValue();
      out.printf(
          Locale.ROOT,
          "%-40s %9.2f%% %7.2f%% %8.3f %8.2f%% %7d%n",
          describe(e.getKey().relevantParameters()),
          100 * m.totalReturn(),
          100 * m.cagr(),
          m.sharpe(),
          100 * m.maxDrawdown(),
          m.trades());
    }
  }
}
