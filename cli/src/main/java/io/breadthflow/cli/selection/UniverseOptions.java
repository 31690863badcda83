package io.breadthflow.cli.selection;

import io.breadthflow.app.universe.Selection;
import io.breadthflow.ingest.universe.Universe;
import java.util.Arrays;
import java.util.List;
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
    return Selection.of(
        symbols == null ? List.of() : Arrays.asList(symbols.split(",")), symbolList);
  }
}
