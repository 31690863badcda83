package io.breadthflow.app.backtest;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.json.Json;
import io.breadthflow.app.run.Progress;
import io.breadthflow.core.adjust.Adjustment;
import io.breadthflow.core.backtest.Strategy;
import io.breadthflow.core.walkforward.ParameterStability;
import io.breadthflow.core.walkforward.WalkForward;
import io.breadthflow.core.walkforward.WalkForwardResult;
import io.breadthflow.core.walkforward.WalkForwardWindow;
import io.breadthflow.core.walkforward.WindowPlanner;
import io.breadthflow.core.walkforward.WindowResult;
import io.breadthflow.store.MarketStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Runs one {@link WalkForwardRequest} on the stored bars (total-return prices, as a sweep; over a
 * point-in-time universe each symbol traded only while a member) and stores its result.
 */
final class WalkForwardExecution {
  private WalkForwardExecution() {}

  static WalkForwardReport execute(MarketStore store, WalkForwardRequest request, Progress progress)
      throws InterruptedException {
    BacktestData data =
        BacktestData.load(
            store,
            request.universe(),
            request.pointInTime(),
            Optional.empty(),
            request.range(),
            Adjustment.TOTAL_RETURN,
            progress);
    List<WalkForwardWindow> windows =
        WindowPlanner.plan(
            data.panel().sessions(),
            request.range().start(),
            request.range().end(),
            request.train().period(),
            request.test().period(),
            request.mode());
    if (windows.isEmpty()) {
      throw UseCaseException.invalid(
          "the stored sessions from "
              + request.range().start()
              + " to "
              + request.range().end()
              + " hold no "
              + request.train()
              + " training window followed by a test window of 2 sessions or more");
    }
    List<Supplier<Strategy>> grid = new ArrayList<>();
    for (StrategySpec spec : request.grid()) {
      grid.add(spec::create);
    }
    ExecutorService pool = Executors.newFixedThreadPool(request.parallel());
    progress.begin("walking forward", (long) windows.size() * (grid.size() + 1));
    WalkForwardResult result;
    try {
      result =
          new WalkForward(
                  data.panel(),
                  data.tradable(),
                  data.members(),
                  data.benchmark(),
                  request.config(),
                  request.objective())
              .run(windows, grid, pool, new Steps(request.grid(), progress));
    } finally {
      progress.end();
      pool.shutdownNow();
    }
    ParameterStability stability = stability(request.grid(), result);
    var json = WalkForwardJson.of(request, data.benchmarkName(), result, stability);
    long id =
        store.saveBacktest(
            "walk-forward " + request.strategy(),
            Json.write(request.parameters()),
            Json.write(json));
    return new WalkForwardReport(id, request.grid(), result, stability, json);
  }

  private static ParameterStability stability(List<StrategySpec> grid, WalkForwardResult result) {
    List<String> names = List.copyOf(grid.get(0).parameters().keySet());
    double[][] values = new double[grid.size()][names.size()];
    for (int i = 0; i < grid.size(); i++) {
      for (int p = 0; p < names.size(); p++) {
        values[i][p] = ((Number) grid.get(i).parameters().get(names.get(p))).doubleValue();
      }
    }
    int[] chosen = result.windows().stream().mapToInt(WindowResult::chosen).toArray();
    return ParameterStability.of(names, values, chosen);
  }

  /** Progress: one step per backtest. */
  private record Steps(List<StrategySpec> grid, Progress progress) implements WalkForward.Listener {
    @Override
    public void trained(WalkForwardWindow window, int point) {
      progress.step("window " + (window.index() + 1) + " train " + grid.get(point).parameters());
    }

    @Override
    public void tested(WalkForwardWindow window, int chosen) {
      progress.step("window " + (window.index() + 1) + " test " + grid.get(chosen).parameters());
    }
  }
}
