package io.breadthflow.cli.signals;

import io.breadthflow.app.Application;
import io.breadthflow.app.json.Json;
import io.breadthflow.cli.AppOptions;
import io.breadthflow.cli.format.TableOrJsonOption;
import io.breadthflow.store.SignalTally;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code bf signals summary}: what the stored signals say, per strategy and action. */
@Command(
    name = "summary",
    mixinStandardHelpOptions = true,
    description = "Counts the stored signals per strategy and action, with their date range.")
public final class SignalsSummaryCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private AppOptions app;

  @Mixin private TableOrJsonOption format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Application application = app.openExisting()) {
      List<SignalTally> tallies = application.signals().summary().result().tallies();
      if (format.json()) {
        out.println(Json.write(Map.of("signals", tallies)));
      } else if (tallies.isEmpty()) {
        out.println("no stored signals; run 'bf signals generate' first");
      } else {
        out.printf(
            Locale.ROOT,
            "%-16s %-6s %9s %8s %-10s %-10s%n",
            "strategy",
            "action",
            "signals",
            "symbols",
            "first",
            "last");
        for (SignalTally t : tallies) {
          out.printf(
              Locale.ROOT,
              "%-16s %-6s %9d %8d %-10s %-10s%n",
              t.strategy(),
              t.action(),
              t.count(),
              t.symbols(),
              t.first(),
              t.last());
        }
      }
      return 0;
    }
  }
}
