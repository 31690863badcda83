package io.breadthflow.cli.breadth;

import io.breadthflow.app.Application;
import io.breadthflow.app.breadth.BreadthReport;
import io.breadthflow.app.breadth.BreadthRequest;
import io.breadthflow.cli.AppOptions;
import io.breadthflow.cli.ConsoleProgress;
import io.breadthflow.cli.selection.DateRangeOptions;
import io.breadthflow.cli.selection.UniverseOptions;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bf breadth}: market breadth of a universe from the stored daily bars. */
@Command(
    name = "breadth",
    mixinStandardHelpOptions = true,
    description = {
      "Market breadth per session across a universe, from the stored daily bars: advancers,"
          + " decliners, A/D line, TRIN, McClellan oscillator and summation index, %% above"
          + " SMA50/200, 52-week highs/lows, Zweig breadth thrust.",
      "All stored history before --start-date warms up the averages; the A/D line and the"
          + " summation index count from --start-date."
    })
public final class BreadthCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format {
    table,
    csv,
    json
  }

  /** Which indicators. */
  enum Indicators {
    standard,
    all
  }

  @Spec private CommandSpec spec;
  @Mixin private AppOptions app;
  @Mixin private UniverseOptions universeOptions;
  @Mixin private DateRangeOptions range;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table, csv or json (default ${DEFAULT-VALUE}).")
  private Format format;

  @Option(
      names = "--indicators",
      defaultValue = "standard",
      description =
          "standard: the columns above; all: those and the breadth catalogue (AD percent and"
              + " volume line, ratio-adjusted McClellan and summation from 1000, record-high"
              + " percent, High-Low Index, highs-lows line, %% above EMA20, %% golden cross, STIX,"
              + " ABI, Open-10 TRIN, Hindenburg Omen, Whaley thrust, 90%% days; docs/ANALYTICS.md)"
              + " (default ${DEFAULT-VALUE}).")
  private Indicators indicators;

  @Option(
      names = "--by-sector",
      description = "Breadth of each sector of the universe instead of the whole.")
  private boolean bySector;

  @Override
  public Integer call() {
    BreadthRequest.Grouping grouping =
        bySector ? BreadthRequest.Grouping.BY_SECTOR : BreadthRequest.Grouping.UNIVERSE;
    PrintWriter out = spec.commandLine().getOut();
    try (Application application = app.openExisting()) {
      BreadthRequest request =
          universeOptions
              .pointInTime(application)
              .map(p -> BreadthRequest.pointInTime(p, range.range(), grouping, columns()))
              .orElseGet(
                  () ->
                      new BreadthRequest(
                          universeOptions.universe(), range.range(), grouping, columns()));
      BreadthReport report =
          application
              .breadth()
              .breadth(request, new ConsoleProgress(spec.commandLine().getErr()))
              .result();
      switch (format) {
        case csv -> BreadthFormat.csv(out, report);
        case table -> {
          if (request.columns() == BreadthRequest.Columns.ALL) {
            BreadthFormat.wideTable(out, report);
          } else {
            BreadthFormat.table(out, report);
          }
        }
        case json -> out.println(BreadthFormat.json(report));
      }
      return 0;
    }
  }

  private BreadthRequest.Columns columns() {
    return indicators == Indicators.all
        ? BreadthRequest.Columns.ALL
        : BreadthRequest.Columns.STANDARD;
  }
}
