package io.breadthflow.cli.data;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.breadthflow.cli.ExitCodes;
import io.breadthflow.cli.UsageException;
import io.breadthflow.cli.progress.ProgressBar;
import io.breadthflow.cli.selection.DateRangeOptions;
import io.breadthflow.cli.selection.UniverseOptions;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.ingest.provider.HistorySource;
import io.breadthflow.ingest.universe.Universe;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.RunStatus;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bf data fetch}: bars from a provider into the store, only what the store lacks. */
@Command(
    name = "fetch",
    mixinStandardHelpOptions = true,
    description = {
      "Fetches bars for a universe from Yahoo, Alpha Vantage or the market simulator into the"
          + " store (idempotent), only the part of the range the store lacks unless --force.",
      "Exit code 0 when every symbol succeeds, 3 when some failed (the rest is kept)."
    })
public final class DataFetchCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private StoreOptions storeOptions;
  @Mixin private UniverseOptions universeOptions;
  @Mixin private DateRangeOptions range;

  @Mixin private SourceOptions sourceOptions;

  @Option(
      names = "--interval",
      defaultValue = "1d",
      description = "1d, 1h, 15m, 5m or 1m (default ${DEFAULT-VALUE}).")
  private String interval;

  @Option(names = "--parallel", defaultValue = "4", description = "Symbols fetched at once.")
  private int parallel;

  @Option(names = "--force", description = "Refetch the whole range even where bars are stored.")
  private boolean force;

  @Override
  public Integer call() throws Exception {
    Interval barInterval = parseInterval();
    if (parallel < 1 || parallel > 64) {
      throw new UsageException("--parallel must be between 1 and 64");
    }
    Universe universe = universeOptions.universe();
    LocalDate from = range.start();
    LocalDate to = range.end();
    HistorySource provider = sourceOptions.provider();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (MarketStore store = storeOptions.open()) {
      RecordedRun run =
          RecordedRun.start(
              store,
              "data fetch",
              universeOptions.describe()
                  + " "
                  + range.describe()
                  + " --source "
                  + sourceOptions.name()
                  + " --interval "
                  + barInterval.code()
                  + (force ? " --force" : ""));
      List<SymbolFetch> results =
          run.execute(
              ProgressBar.onTerminal(err, "fetching", universe.symbols().size()),
              step ->
                  MissingBars.fetch(
                      store,
                      provider,
                      universe.symbols(),
                      barInterval,
                      from,
                      to,
                      force,
                      parallel,
                      step));
      table(out, results);
      long failed = results.stream().filter(SymbolFetch::failed).count();
      run.finish(
          failed == 0 ? RunStatus.SUCCEEDED : RunStatus.FAILED,
          failed == 0 ? "" : failed + " of " + results.size() + " symbols failed",
          counts(results));
      return failed == 0 ? 0 : ExitCodes.PARTIAL_FAILURE;
    }
  }

  private Interval parseInterval() {
    try {
      return Interval.parse(interval);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private static void table(PrintWriter out, List<SymbolFetch> results) {
    out.printf(
        Locale.ROOT,
        "%-8s %7s %8s %7s %-10s %s%n",
        "symbol",
        "bars",
        "written",
        "skipped",
        "status",
        "error");
    for (SymbolFetch r : results) {
      out.printf(
          Locale.ROOT,
          "%-8s %7d %8d %7d %-10s %s%n",
          r.symbol(),
          r.bars(),
          r.written(),
          r.skipped(),
          r.status(),
          r.error());
    }
    long failed = results.stream().filter(SymbolFetch::failed).count();
    out.printf(
        Locale.ROOT,
        "%d symbols: %d ok, %d up to date, %d failed; %d bars written%n",
        results.size(),
        results.stream().filter(r -> r.status().equals("ok")).count(),
        results.stream().filter(r -> r.status().equals("up-to-date")).count(),
        failed,
        results.stream().mapToLong(SymbolFetch::written).sum());
  }

  private static String counts(List<SymbolFetch> results) {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    ArrayNode symbols = root.putArray("per_symbol");
    for (SymbolFetch r : results) {
      symbols
          .addObject()
          .put("symbol", r.symbol())
          .put("status", r.status())
          .put("bars", r.bars())
          .put("written", r.written())
          .put("skipped", r.skipped())
          .put("error", r.error());
    }
    return root.toString();
  }
}
