package io.breadthflow.cli.universe;

import io.breadthflow.app.Application;
import io.breadthflow.app.universe.MembershipImportReport;
import io.breadthflow.app.universe.MembershipImportRequest;
import io.breadthflow.app.universe.StoredUniverseView;
import io.breadthflow.cli.AppOptions;
import io.breadthflow.cli.ConsoleProgress;
import io.breadthflow.cli.ExitCodes;
import io.breadthflow.ingest.csv.RejectedRow;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bf universe import --name NAME --file F}: a membership CSV into the store. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Imports a membership history under a name. Two CSV forms, told apart by the header:"
          + " intervals 'ticker,start_date,end_date[,sector]' (end date exclusive, empty while"
          + " still a member) replace the stored history; published changes 'date,add,remove'"
          + " (a cell may list several symbols in quotes) are applied on top of it.",
      "Rows that cannot be applied are listed with their line and reason; exit code 3 when"
          + " there are some (the others are stored)."
    })
public final class UniverseImportCommand implements Callable<Integer> {
  /** Rejected rows printed; the rest are counted. */
  private static final int SHOWN_REJECTIONS = 20;

  @Spec private CommandSpec spec;
  @Mixin private AppOptions app;

  @Option(names = "--name", required = true, paramLabel = "NAME", description = "Universe name.")
  private String name;

  @Option(names = "--file", required = true, paramLabel = "FILE", description = "Membership CSV.")
  private Path file;

  @Override
  public Integer call() {
    MembershipImportRequest request = new MembershipImportRequest(name, file);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (Application application = app.open()) {
      MembershipImportReport report =
          application.membership().importCsv(request, new ConsoleProgress(err));
      for (RejectedRow row :
          report.rejected().subList(0, Math.min(SHOWN_REJECTIONS, report.rejected().size()))) {
        err.println("bf universe import: line " + row.lineNumber() + ": " + row.reason());
      }
      if (report.rejected().size() > SHOWN_REJECTIONS) {
        err.println(
            "bf universe import: " + (report.rejected().size() - SHOWN_REJECTIONS) + " more");
      }
      StoredUniverseView stored = report.universe();
      out.printf(
          "stored %s (%s): %d intervals of %d symbols, %s to %s; %d rows rejected%n",
          stored.name(),
          report.form().name().toLowerCase(Locale.ROOT),
          stored.intervals(),
          stored.symbols(),
          stored.firstDate(),
          stored.lastChange(),
          report.rejected().size());
      return report.rejected().isEmpty() ? ExitCodes.OK : ExitCodes.PARTIAL_FAILURE;
    }
  }
}
