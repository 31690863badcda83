package io.breadthflow.app.backtest;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.run.Progress;
import io.breadthflow.app.universe.DateRange;
import io.breadthflow.app.universe.MemberMasks;
import io.breadthflow.app.universe.StoredHistory;
import io.breadthflow.core.adjust.Adjustment;
import io.breadthflow.core.backtest.BacktestConfig;
import io.breadthflow.core.backtest.BacktestResult;
import io.breadthflow.core.backtest.Backtester;
import io.breadthflow.core.backtest.Strategy;
import io.breadthflow.core.domain.DailyPanel;
import io.breadthflow.core.domain.MemberMask;
import io.breadthflow.ingest.membership.PointInTimeUniverse;
import io.breadthflow.ingest.universe.Universe;
import io.breadthflow.store.MarketStore;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The stored history a backtest runs on: the universe (tradable) plus, when named, a benchmark
 * symbol outside it (read only); the benchmark is the equal-weight universe otherwise. Over a
 * point-in-time universe the panel holds every symbol that was ever a member (delisted ones keep
 * their history), each tradable only on its member sessions, and the equal-weight benchmark holds
 * each session's members; a named benchmark is held throughout.
 *
 * @param panel the daily bars
 * @param tradable which panel symbols the strategy may trade
 * @param members on which sessions each panel symbol is a member (every session for a fixed
 *     universe; a named benchmark is a member throughout)
 * @param benchmark panel indices of the benchmark symbols
 * @param benchmarkName the benchmark, for reports
 * @param range the sessions traded
 */
record BacktestData(
    DailyPanel panel,
    boolean[] tradable,
    MemberMask members,
    int[] benchmark,
    String benchmarkName,
    DateRange range) {

  static BacktestData load(
      MarketStore store,
      Universe universe,
      Optional<String> benchmarkSymbol,
      DateRange range,
      Adjustment adjustment,
      Progress progress) {
    return load(store, universe, Optional.empty(), benchmarkSymbol, range, adjustment, progress);
  }

  /**
   * The data of {@code universe}, traded only while a member of {@code pointInTime} when given
   * (then {@code universe} is its ever-members).
   */
  static BacktestData load(
      MarketStore store,
      Universe universe,
      Optional<PointInTimeUniverse> pointInTime,
      Optional<String> benchmarkSymbol,
      DateRange range,
      Adjustment adjustment,
      Progress progress) {
    List<String> extra = benchmarkSymbol.map(List::of).orElse(List.of());
    DailyPanel panel = StoredHistory.load(store, universe, extra, range, adjustment, progress);
    List<String> loaded = panel.symbols();
    boolean[] tradable = new boolean[loaded.size()];
    for (int s = 0; s < tradable.length; s++) {
      tradable[s] = universe.symbols().contains(loaded.get(s));
    }
    MemberMask members = MemberMasks.of(pointInTime, panel);
    int[] benchmark;
    if (benchmarkSymbol.isPresent()) {
      int index = loaded.indexOf(benchmarkSymbol.get());
      if (index < 0) {
        throw UseCaseException.noData("benchmark " + benchmarkSymbol.get() + " has no stored bars");
      }
      benchmark = new int[] {index};
      members = members.withAlways(index);
    } else {
      benchmark = IntStream.range(0, tradable.length).filter(s -> tradable[s]).toArray();
    }
    return new BacktestData(
        panel,
        tradable,
        members,
        benchmark,
        benchmarkSymbol.orElse("equal-weight " + universe.name()),
        range);
  }

  /** Runs one strategy over this data. */
  BacktestResult run(Strategy strategy, BacktestConfig config) {
    try {
      return Backtester.run(panel, range.start(), strategy, config, benchmark, tradable, members);
    } catch (IllegalArgumentException e) {
      throw UseCaseException.invalid(e.getMessage());
    }
  }
}
