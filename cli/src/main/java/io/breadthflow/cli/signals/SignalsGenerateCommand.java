package io.breadthflow.cli.signals;

import io.breadthflow.cli.data.MissingBars;
import io.breadthflow.cli.data.SourceOptions;
import io.breadthflow.cli.data.StoreOptions;
import io.breadthflow.cli.data.SymbolFetch;
import io.breadthflow.cli.progress.ProgressBar;
import io.breadthflow.cli.selection.DateRangeOptions;
import io.breadthflow.cli.selection.StoredHistory;
import io.breadthflow.cli.selection.UniverseOptions;
import io.breadthflow.core.domain.DailyPanel;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.signal.Signal;
import io.breadthflow.core.signal.SignalAction;
import io.breadthflow.core.signal.SignalEngine;
import io.breadthflow.core.signal.SignalWeights;
import io.breadthflow.ingest.universe.Universe;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.RunStatus;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bf signals generate}: composite signals from whatever stored data covers the range. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Computes composite signals (breadth regime, trend, momentum, volatility) for a universe"
          + " from the stored daily bars and stores them (idempotent).",
      "Fails with a clear message when no data covers the range; never invents signals.",
      "--fetch-missing first fetches what the store lacks from --source (bf data fetch)."
    })
public final class SignalsGenerateCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private StoreOptions storeOptions;
  @Mixin private UniverseOptions universeOptions;
  @Mixin private DateRangeOptions range;

  @Mixin private SourceOptions sourceOptions;

  @Option(
      names = "--fetch-missing",
      description =
          "First fetch what the store lacks from --source (the range plus a year before it, so"
              + " that the indicators are warm on --start-date).")
  private boolean fetchMissing;

  @Option(
      names = "--strategy-file",
      paramLabel = "FILE",
      description = "Weights and thresholds (JSON or YAML); default: the built-in 'composite'.")
  private Path strategyFile;

  /** Warm-up fetched before the range: a year of sessions covers SMA200 and the 52-week range. */
  private static final int WARM_UP_DAYS = 366;

  @Override
  public Integer call() {
    SignalWeights weights =
        strategyFile == null ? SignalWeights.defaults() : StrategyFile.read(strategyFile);
    Universe universe = universeOptions.universe();
    LocalDate start = range.start();
    LocalDate end = range.end();
    PrintWriter out = spec.commandLine().getOut();
    try (MarketStore store = storeOptions.open()) {
      long run =
          store.startRun(
              "signals generate",
              universeOptions.describe() + " " + range.describe() + " strategy " + weights.name());
      try {
        if (fetchMissing) {
          fetchMissing(store, universe, start, end);
        }
        DailyPanel panel =
            StoredHistory.load(store, universe, start, end, spec.commandLine().getErr());
        List<Signal> signals = SignalEngine.compute(panel, start, weights);
        long changed = store.upsertSignals(signals);
        Map<SignalAction, Long> counts = new EnumMap<>(SignalAction.class);
        signals.forEach(s -> counts.merge(s.action(), 1L, Long::sum));
        long symbols = signals.stream().map(Signal::symbol).distinct().count();
        out.printf(
            Locale.ROOT,
            "%d signals for %d symbols from %s to %s with '%s': %d BUY, %d SELL, %d HOLD;"
                + " %d stored or changed%n",
            signals.size(),
            symbols,
            start,
            end,
            weights.name(),
            counts.getOrDefault(SignalAction.BUY, 0L),
            counts.getOrDefault(SignalAction.SELL, 0L),
            counts.getOrDefault(SignalAction.HOLD, 0L),
            changed);
        store.finishRun(
            run,
            RunStatus.SUCCEEDED,
            "",
            String.format(
                Locale.ROOT,
                "{\"signals\":%d,\"symbols\":%d,\"changed\":%d}",
                signals.size(),
                symbols,
                changed));
        return 0;
      } catch (RuntimeException e) {
        store.finishRun(run, RunStatus.FAILED, e.getMessage(), "");
        throw e;
      }
    }
  }

  private void fetchMissing(MarketStore store, Universe universe, LocalDate start, LocalDate end) {
    PrintWriter err = spec.commandLine().getErr();
    ProgressBar progress = ProgressBar.onTerminal(err, "fetching", universe.symbols().size());
    List<SymbolFetch> results;
    try {
      results =
          MissingBars.fetch(
              store,
              sourceOptions.provider(),
              universe.symbols(),
              Interval.ONE_DAY,
              start.minusDays(WARM_UP_DAYS),
              end,
              false,
              4,
              progress::step);
    } finally {
      progress.finish();
    }
    List<String> failed =
        results.stream().filter(SymbolFetch::failed).map(SymbolFetch::symbol).toList();
    err.printf(
        Locale.ROOT,
        "fetched missing bars from %s: %d bars written, %d symbols failed%s%n",
        sourceOptions.name(),
        results.stream().mapToLong(SymbolFetch::written).sum(),
        failed.size(),
        failed.isEmpty() ? "" : " (" + String.join(", ", failed) + ")");
  }
}
