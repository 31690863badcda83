package io.breadthflow.cli.universe;

import io.breadthflow.app.Application;
import io.breadthflow.app.universe.StoredUniverseView;
import io.breadthflow.cli.AppOptions;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code bf universe list}: the stored point-in-time universes. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "Lists the stored point-in-time universes.")
public final class UniverseListCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private AppOptions app;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Application application = app.openExisting()) {
      List<StoredUniverseView> universes = application.membership().universes();
      if (universes.isEmpty()) {
        out.println("no point-in-time universes stored; import one with 'bf universe import'");
        return 0;
      }
      out.println("name,intervals,symbols,first_date,last_change");
      for (StoredUniverseView u : universes) {
        out.println(
            u.name()
                + ","
                + u.intervals()
                + ","
                + u.symbols()
                + ","
                + u.firstDate()
                + ","
                + u.lastChange());
      }
      return 0;
    }
  }
}
