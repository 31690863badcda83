package io.breadthflow.cli.selection;

import io.breadthflow.app.Application;
import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.universe.Selection;
import io.breadthflow.ingest.membership.PointInTimeUniverse;
import io.breadthflow.ingest.universe.Universe;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --symbols A,B,…}, {@code --symbol-list NAME|FILE} or {@code --point-in-time NAME}: the
 * universe a command works on.
 */
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

  @Option(
      names = "--point-in-time",
      paramLabel = "NAME",
      description =
          "A stored point-in-time universe ('bf universe import'): on each session only its"
              + " members of that session count.")
  private String pointInTime;

  /**
   * The stored point-in-time universe named by {@code --point-in-time}, or empty when the option is
   * not given (then {@link #universe()} is the universe).
   *
   * @throws UseCaseException when another universe option is given too, or none is stored under
   *     that name
   */
  public Optional<PointInTimeUniverse> pointInTime(Application application) {
    if (pointInTime == null) {
      return Optional.empty();
    }
    if (symbols != null || symbolList != null) {
      throw UseCaseException.invalid(
          "give either --point-in-time or --symbols or --symbol-list, not several");
    }
    return Optional.of(application.membership().pointInTime(pointInTime));
  }

  /** The selected universe; exactly one of the two options must be given. */
  public Universe universe() {
    return Selection.of(
        symbols == null ? List.of() : Arrays.asList(symbols.split(",")), symbolList);
  }
}
