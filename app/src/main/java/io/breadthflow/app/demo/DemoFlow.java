package io.breadthflow.app.demo;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.backtest.BacktestRequest;
import io.breadthflow.app.backtest.BacktestService;
import io.breadthflow.app.backtest.PortfolioLimits;
import io.breadthflow.app.data.FetchRequest;
import io.breadthflow.app.data.FetchService;
import io.breadthflow.app.data.ImportRequest;
import io.breadthflow.app.data.ImportService;
import io.breadthflow.app.data.Provider;
import io.breadthflow.app.data.SourceChoice;
import io.breadthflow.app.run.Progress;
import io.breadthflow.app.run.Recorded;
import io.breadthflow.app.signals.SignalReport;
import io.breadthflow.app.signals.SignalRequest;
import io.breadthflow.app.signals.SignalService;
import io.breadthflow.app.universe.DateRange;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.ingest.universe.Universes;
import io.breadthflow.store.MarketStore;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The one demo flow, for {@code bf demo} and the command API's quick flows alike: history, signals,
 * a backtest, each step a recorded run of its own use case.
 */
public final class DemoFlow {
  private final MarketStore store;
  private final FetchService fetch;
  private final ImportService imports;
  private final SignalService signals;
  private final BacktestService backtests;

  public DemoFlow(
      MarketStore store,
      FetchService fetch,
      ImportService imports,
      SignalService signals,
      BacktestService backtests) {
    this.store = store;
    this.fetch = fetch;
    this.imports = imports;
    this.signals = signals;
    this.backtests = backtests;
  }

  /**
   * Loads {@code plan}; each step is announced on {@code steps} ({@code [1/3 …]}) and reports its
   * progress on {@code progress}.
   *
   * @throws UseCaseException ({@link io.breadthflow.app.Failure#NO_DATA}) when the history step
   *     left no daily bar in the store
   */
  public DemoLoad load(DemoPlan plan, Progress steps, Progress progress) {
    loadHistory(plan, steps, progress);
    List<Bar> latest = store.latestBars(Interval.ONE_DAY);
    if (latest.isEmpty()) {
      throw UseCaseException.noData(
          "no daily bars in the store after "
              + plan.input().map(p -> "importing " + p).orElse("simulating the history"));
    }
    List<String> symbols = latest.stream().map(Bar::symbol).sorted().toList();
    LocalDate last =
        latest.stream().map(Bar::sessionDate).max(Comparator.naturalOrder()).orElseThrow();
    steps.note("[signals: generating signals for " + symbols.size() + " symbols]");
    SignalReport signalReport =
        signals
            .generate(
                SignalRequest.stored(
                    Universes.of(symbols),
                    new DateRange(last.minusMonths(plan.signalMonths()), last)),
                progress)
            .result();
    List<String> traded =
        plan.backtestSymbols() == 0
            ? symbols
            : symbols.subList(0, Math.min(plan.backtestSymbols(), symbols.size()));
    steps.note("[backtest: " + plan.strategy().name() + " on " + traded.size() + " symbols]");
    Recorded<io.breadthflow.app.backtest.BacktestReport> backtest =
        backtests.run(
            new BacktestRequest(
                Universes.of(traded),
                new DateRange(last.minusYears(plan.backtestYears()), last),
                plan.strategy(),
                PortfolioLimits.defaults(),
                Optional.empty()),
            progress);
    return new DemoLoad(latest, signalReport, backtest.runId(), backtest.result());
  }

  private void loadHistory(DemoPlan plan, Progress steps, Progress progress) {
    if (plan.input().isPresent()) {
      steps.note("[history: importing " + plan.input().get() + "]");
      var report =
          imports.importFiles(
              new ImportRequest(ImportRequest.Format.CSV, plan.input().get()), progress);
      if (!report.result().failedFiles().isEmpty()) {
        report.result().failedFiles().forEach(line -> progress.note("bf data import: " + line));
        steps.note("  some files could not be imported (reported above); going on with the rest");
      }
      return;
    }
    steps.note(
        "[history: simulating "
            + plan.universe().name()
            + " history "
            + plan.history().start()
            + " to "
            + plan.history().end()
            + "]");
    fetch.fetch(
        FetchRequest.daily(plan.universe(), plan.history(), SourceChoice.of(Provider.SIM)),
        progress);
  }
}
