package io.breadthflow.cli.breadth;

import io.breadthflow.cli.data.StoreOptions;
import io.breadthflow.cli.selection.DateRangeOptions;
import io.breadthflow.cli.selection.StoredHistory;
import io.breadthflow.cli.selection.UniverseOptions;
import io.breadthflow.core.breadth.BreadthEngine;
import io.breadthflow.core.breadth.BreadthRow;
import io.breadthflow.core.domain.DailyPanel;
import io.breadthflow.ingest.universe.Universe;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.RunStatus;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  @Spec private CommandSpec spec;
  @Mixin private StoreOptions storeOptions;
  @Mixin private UniverseOptions universeOptions;
  @Mixin private DateRangeOptions range;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table, csv or json (default ${DEFAULT-VALUE}).")
  private Format format;

  @Option(
      names = "--by-sector",
      description = "Breadth of each sector of the universe instead of the whole.")
  private boolean bySector;

  @Override
  public Integer call() throws Exception {
    Universe universe = universeOptions.universe();
    LocalDate start = range.start();
    LocalDate end = range.end();
    PrintWriter out = spec.commandLine().getOut();
    try (MarketStore store = storeOptions.open()) {
      long run =
          store.startRun(
              "breadth", universeOptions.describe() + " " + range.describe() + " " + format);
      DailyPanel panel =
          StoredHistory.load(store, universe, start, end, spec.commandLine().getErr());
      Map<String, List<BreadthRow>> groups = new LinkedHashMap<>();
      if (bySector) {
        universe
            .symbolsBySector()
            .forEach((sector, symbols) -> groups.put(sector, breadth(panel, symbols, start)));
      } else {
        groups.put(universe.name(), breadth(panel, panel.symbols(), start));
      }
      switch (format) {
        case csv -> BreadthFormat.csv(out, groups, bySector);
        case table -> BreadthFormat.table(out, groups, bySector);
        case json ->
            out.println(
                BreadthFormat.json(
                    universe.name(), start.toString(), end.toString(), groups, bySector));
      }
      int sessions = groups.values().stream().mapToInt(List::size).max().orElse(0);
      store.finishRun(
          run,
          RunStatus.SUCCEEDED,
          "",
          "{\"symbols\":" + panel.symbols().size() + ",\"sessions\":" + sessions + "}");
      return 0;
    }
  }

  private static List<BreadthRow> breadth(DailyPanel panel, List<String> symbols, LocalDate from) {
    List<Integer> rows =
        symbols.stream().map(panel.symbols()::indexOf).filter(i -> i >= 0).toList();
    double[][] close = new double[rows.size()][];
    double[][] volume = new double[rows.size()][];
    for (int i = 0; i < rows.size(); i++) {
      close[i] = panel.close()[rows.get(i)];
      volume[i] = panel.volume()[rows.get(i)];
    }
    return BreadthEngine.compute(panel.sessions(), close, volume, from);
  }
}
