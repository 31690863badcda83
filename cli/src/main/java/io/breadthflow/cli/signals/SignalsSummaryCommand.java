package io.breadthflow.cli.signals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.breadthflow.cli.data.StoreOptions;
import io.breadthflow.cli.format.TableOrJsonOption;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.RunStatus;
import io.breadthflow.store.SignalTally;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
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
  @Mixin private StoreOptions storeOptions;

  @Mixin private TableOrJsonOption format;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (MarketStore store = storeOptions.open()) {
      long run = store.startRun("signals summary", format.describe());
      List<SignalTally> tallies = store.signalSummary();
      if (format.json()) {
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode array = mapper.createArrayNode();
        for (SignalTally t : tallies) {
          array
              .addObject()
              .put("strategy", t.strategy())
              .put("action", t.action().name())
              .put("count", t.count())
              .put("symbols", t.symbols())
              .put("first", t.first().toString())
              .put("last", t.last().toString());
        }
        out.println(mapper.writeValueAsString(mapper.createObjectNode().set("signals", array)));
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
      store.finishRun(run, RunStatus.SUCCEEDED, "", "{\"rows\":" + tallies.size() + "}");
      return 0;
    }
  }
}
