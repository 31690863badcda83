package io.breadthflow.cli.data;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.breadthflow.cli.format.TableOrJsonOption;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.RunStatus;
import io.breadthflow.store.SymbolSummary;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
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
  @Mixin private StoreOptions storeOptions;

  @Mixin private TableOrJsonOption format;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (MarketStore store = storeOptions.open()) {
      long run = store.startRun("data summary", format.describe());
      List<SymbolSummary> symbols = store.dailySummary();
      long bars = symbols.stream().mapToLong(SymbolSummary::bars).sum();
      long quarantined = store.quarantinedCount();
      if (format.json()) {
        out.println(json(symbols, bars, quarantined));
      } else {
        table(out, symbols, bars, quarantined);
      }
      store.finishRun(
          run,
          RunStatus.SUCCEEDED,
          "",
          String.format(Locale.ROOT, "{\"symbols\":%d,\"bars\":%d}", symbols.size(), bars));
      return 0;
    }
  }

  private static String json(List<SymbolSummary> symbols, long bars, long quarantined)
      throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("symbols", symbols.size());
    root.put("bars", bars);
    root.put("quarantined", quarantined);
    ArrayNode perSymbol = root.putArray("per_symbol");
    for (SymbolSummary s : symbols) {
      perSymbol
          .addObject()
          .put("symbol", s.symbol())
          .put("bars", s.bars())
          .put("first", s.first().toString())
          .put("last", s.last().toString())
          .put("missing_sessions", s.missingSessions());
    }
    return mapper.writeValueAsString(root);
  }

  private static void table(
      PrintWriter out, List<SymbolSummary> symbols, long bars, long quarantined) {
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
        bars,
        quarantined);
  }
}
