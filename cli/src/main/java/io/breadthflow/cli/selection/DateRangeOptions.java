package io.breadthflow.cli.selection;

import io.breadthflow.app.universe.DateRange;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** {@code --start-date D --end-date D}: an inclusive range of sessions. */
public final class DateRangeOptions {
  @Option(
      names = "--start-date",
      required = true,
      paramLabel = "YYYY-MM-DD",
      description = "First session (inclusive).")
  private LocalDate start;

  @Option(
      names = "--end-date",
      required = true,
      paramLabel = "YYYY-MM-DD",
      description = "Last session (inclusive).")
  private LocalDate end;

  /** The range, validated. */
  public DateRange range() {
    return new DateRange(start, end);
  }
}
