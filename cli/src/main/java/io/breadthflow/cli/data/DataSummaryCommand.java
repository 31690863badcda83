package io.breadthflow.cli.data;

import io.breadthflow.app.Application;
import io.breadthflow.app.data.StoreSummary;
import io.breadthflow.app.json.Json;
import io.breadthflow.cli.AppOptions;
import io.breadthflow.cli.format.TableOrJsonOption;
import io.breadthflow.store.SymbolSummary;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code bf data summary [--format table|json]}: what the store holds per symbol. */
@Command(
    name = "summary",
    mixinStandardHelpOptions = true,
    description =
        "Summarises the stored daily bars per symbol: count, first and last session, and"
            + " NYSE sessions missing in between.")
public final class DataSummaryCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private AppOptions app;

  @Mixin private TableOrJsonOption format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Application application = app.openExisting()) {
      StoreSummary summary = application.summary().summary().result();
      if (format.json()) {
        out.println(json(summary));
      } else {
        table(out, summary);
      }
      return 0;
    }
  }

  /** The documented JSON: symbols, bars, quarantined, per_symbol. */
  private static String json(StoreSummary summary) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("symbols", summary.symbols().size());
    root.put("bars", summary.bars());
    root.put("quarantined", summary.quarantined());
    root.put("per_symbol", summary.symbols());
    return Json.write(root);
  }

  private static void table(PrintWriter out, StoreSummary summary) {
    List<SymbolSummary> symbols = summary.symbols();
    out.printf(
        Locale.ROOT, "%-8s %8s %-10s %-10s %8s%n", "symbol", "bars", "first", "last", "missing");
    for (SymbolSummary s : symbols) {
      out.printf(
          Locale.ROOT,
          "%-8s %8d %-10s %-10s %8d%n",
          s.symbol(),
          s.bars(),
          s.first(),
          s.last(),
          s.missingSessions());
    }
    out.printf(
        Locale.ROOT,
        "%d symbols, %d daily bars, %d quarantined records%n",
        symbols.size(),
        summary.bars(),
        summary.quarantined());
  }
}
