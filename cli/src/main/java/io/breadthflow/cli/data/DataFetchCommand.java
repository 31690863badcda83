package io.breadthflow.cli.data;

import io.breadthflow.app.Application;
import io.breadthflow.app.data.FetchMode;
import io.breadthflow.app.data.FetchReport;
import io.breadthflow.app.data.FetchRequest;
import io.breadthflow.app.data.SymbolFetch;
import io.breadthflow.app.run.Recorded;
import io.breadthflow.cli.AppOptions;
import io.breadthflow.cli.ConsoleProgress;
import io.breadthflow.cli.ExitCodes;
import io.breadthflow.cli.convert.IntervalConverter;
import io.breadthflow.cli.selection.DateRangeOptions;
import io.breadthflow.cli.selection.UniverseOptions;
import io.breadthflow.core.domain.Interval;
import java.io.PrintWriter;
import java.time.Duration;
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
      "A provider that throttles (HTTP 429) is waited for, not counted as a failure; the table"
          + " shows each symbol's throttled replies and wait.",
      "Exit code 0 when every symbol succeeds, 3 when some failed (the rest is kept)."
    })
public final class DataFetchCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private AppOptions app;
  @Mixin private UniverseOptions universeOptions;
  @Mixin private DateRangeOptions range;
  @Mixin private SourceOptions sourceOptions;

  @Option(
      names = "--interval",
      defaultValue = "1d",
      converter = IntervalConverter.class,
      description = "1d, 1h, 15m, 5m or 1m (default ${DEFAULT-VALUE}).")
  private Interval interval;

  @Option(
      names = "--parallel",
      defaultValue = "4",
      description = "Symbols fetched at once, 1 to 64 (default ${DEFAULT-VALUE}).")
  private int parallel;

  @Option(names = "--force", description = "Refetch the whole range even where bars are stored.")
  private boolean force;

  @Override
  public Integer call() {
    FetchRequest request =
        new FetchRequest(
            universeOptions.universe(),
            range.range(),
            interval,
            sourceOptions.choice(),
            parallel,
            force ? FetchMode.WHOLE_RANGE : FetchMode.MISSING);
    PrintWriter out = spec.commandLine().getOut();
    try (Application application = app.open()) {
      Recorded<FetchReport> report =
          application.fetch().fetch(request, new ConsoleProgress(spec.commandLine().getErr()));
      table(out, report.result());
      return report.result().failed() == 0 ? ExitCodes.OK : ExitCodes.PARTIAL_FAILURE;
    }
  }

  private static void table(PrintWriter out, FetchReport report) {
    out.printf(
        Locale.ROOT,
        "%-8s %7s %8s %7s %11s %-10s %s%n",
        "symbol",
        "bars",
        "written",
        "skipped",
        "throttled",
        "status",
        "error");
    for (SymbolFetch r : report.symbols()) {
      out.printf(
          Locale.ROOT,
          "%-8s %7d %8d %7d %11s %-10s %s%n",
          r.symbol(),
          r.bars(),
          r.written(),
          r.skipped(),
          throttled(r),
          r.status().code(),
          r.error());
    }
    out.printf(
        Locale.ROOT,
        "%d symbols: %d ok, %d up to date, %d failed; %d bars written%n",
        report.symbols().size(),
        report.count(SymbolFetch.Status.OK),
        report.count(SymbolFetch.Status.UP_TO_DATE),
        report.failed(),
        report.written());
    long throttled = report.throttledSymbols();
    if (throttled > 0) {
      out.printf(
          Locale.ROOT,
          "%d %s throttled, waited %s s in all%n",
          throttled,
          throttled == 1 ? "symbol" : "symbols",
          seconds(report.waited()));
    }
  }

  /** {@code 0}, or the throttled replies and the time waited: {@code 2 (1.5 s)}. */
  private static String throttled(SymbolFetch r) {
    return r.wasThrottled() ? r.throttled() + " (" + seconds(r.waited()) + " s)" : "0";
  }

  private static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.1f", duration.toMillis() / 1000.0);
  }
}
