package io.breadthflow.cli.universe;

import io.breadthflow.app.Application;
import io.breadthflow.app.universe.MembersRequest;
import io.breadthflow.app.universe.UniverseMembers;
import io.breadthflow.cli.AppOptions;
import io.breadthflow.cli.convert.DateConverter;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bf universe members --name NAME --date D}: the members on a date, as CSV. */
@Command(
    name = "members",
    mixinStandardHelpOptions = true,
    description =
        "The members of a stored point-in-time universe on a date, as CSV: symbol, sector then,"
            + " and the first day of the membership.")
public final class UniverseMembersCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private AppOptions app;

  @Option(names = "--name", required = true, paramLabel = "NAME", description = "Universe name.")
  private String name;

  @Option(
      names = "--date",
      required = true,
      paramLabel = "YYYY-MM-DD",
      converter = DateConverter.class,
      description = "The day whose members are listed.")
  private LocalDate date;

  @Override
  public Integer call() {
    MembersRequest request = new MembersRequest(name, date);
    PrintWriter out = spec.commandLine().getOut();
    try (Application application = app.openExisting()) {
      UniverseMembers members = application.membership().members(request);
      out.println("symbol,sector,since");
      for (UniverseMembers.Member m : members.members()) {
        out.println(m.symbol() + "," + csvCell(m.sector()) + "," + m.since());
      }
      spec.commandLine()
          .getErr()
          .println(members.members().size() + " members of " + members.name() + " on " + date);
      return 0;
    }
  }

  private static String csvCell(String text) {
    return text.contains(",") || text.contains("\"")
        ? "\"" + text.replace("\"", "\"\"") + "\""
        : text;
  }
}
