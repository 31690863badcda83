package io.breadthflow.cli.selection;

import io.breadthflow.cli.UsageException;
import io.breadthflow.ingest.universe.Universe;
import io.breadthflow.ingest.universe.Universes;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/** {@code --symbols A,B,…} or {@code --symbol-list NAME|FILE}: the universe a command works on. */
public final class UniverseOptions {
  @Option(names = "--symbols", paramLabel = "A,B,…", description = "Comma-separated symbols.")
  private String symbols;

  @Option(
      names = "--symbol-list",
      paramLabel = "NAME|FILE",
      description =
          "A built-in universe (demo_small, demo_medium, sp100) or a file: one symbol per line"
              + " (.txt) or a symbol[,name,sector,industry] table (.csv).")
  private String symbolList;

  /** The selected universe; exactly one of the two options must be given. */
  public Universe universe() {
    if ((symbols == null) == (symbolList == null)) {
      throw new UsageException("give either --symbols or --symbol-list");
    }
    try {
      if (symbolList != null) {
        return Universes.load(symbolList);
      }
      List<String> list =
          Arrays.stream(symbols.split(","))
              .map(s -> s.strip().toUpperCase(Locale.ROOT))
              .filter(s -> !s.isEmpty())
              .distinct()
              .toList();
      return Universes.of(list);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** The options as given, for recording a run. */
  public String describe() {
    return symbols != null ? "--symbols " + symbols : "--symbol-list " + symbolList;
  }
}
