package io.breadthflow.cli.selection;

import io.breadthflow.cli.UsageException;
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

  /** The first date; the range is validated. */
  public LocalDate start() {
    validate();
    return start;
  }

  /** The last date; the range is validated. */
  public LocalDate end() {
    validate();
    return end;
  }

  /** The options as given, for recording a run. */
  public String describe() {
    return "--start-date " + start + " --end-date " + end;
  }

  private void validate() {
    if (end.isBefore(start)) {
      throw new UsageException("--end-date " + end + " is before --start-date " + start);
    }
  }
}
