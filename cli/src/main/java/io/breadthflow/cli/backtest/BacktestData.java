package io.breadthflow.cli.backtest;

import io.breadthflow.cli.UsageException;
import io.breadthflow.cli.selection.StoredHistory;
import io.breadthflow.core.backtest.BacktestConfig;
import io.breadthflow.core.backtest.BacktestResult;
import io.breadthflow.core.backtest.Backtester;
import io.breadthflow.core.backtest.Strategy;
import io.breadthflow.core.domain.DailyPanel;
import io.breadthflow.ingest.universe.Universe;
import io.breadthflow.store.MarketStore;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The stored history a backtest runs on: the universe (tradable) plus, when named, a benchmark
 * symbol outside it (read only); the benchmark is the equal-weight universe otherwise.
 *
 * @param panel the daily bars
 * @param tradable which panel symbols the strategy may trade
 * @param benchmark panel indices of the benchmark symbols
 * @param benchmarkName the benchmark, for reports
 * @param start first session of the range
 */
record BacktestData(
    DailyPanel panel, boolean[] tradable, int[] benchmark, String benchmarkName, LocalDate start) {

  static BacktestData load(
      MarketStore store,
      Universe universe,
      String benchmarkSymbol,
      LocalDate start,
      LocalDate end,
      PrintWriter err) {
    List<String> extra = benchmarkSymbol == null ? List.of() : List.of(benchmarkSymbol);
    DailyPanel panel = StoredHistory.load(store, universe, extra, start, end, err);
    List<String> loaded = panel.symbols();
    boolean[] tradable = new boolean[loaded.size()];
    for (int s = 0; s < tradable.length; s++) {
      tradable[s] = universe.symbols().contains(loaded.get(s));
    }
    int[] benchmark;
    if (benchmarkSymbol != null) {
      int index = loaded.indexOf(benchmarkSymbol);
      if (index < 0) {
        throw new UsageException("benchmark " + benchmarkSymbol + " has no stored bars");
      }
      benchmark = new int[] {index};
    } else {
      benchmark = IntStream.range(0, tradable.length).filter(s -> tradable[s]).toArray();
    }
    return new BacktestData(
        panel,
        tradable,
        benchmark,
        benchmarkSymbol != null ? benchmarkSymbol : "equal-weight " + universe.name(),
        start);
  }

  /** Runs one strategy over this data. */
  BacktestResult run(Strategy strategy, BacktestConfig config) {
    try {
      return Backtester.run(panel, start, strategy, config, benchmark, tradable);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
