package io.breadthflow.cli.infra;

import io.breadthflow.app.infra.InfraService;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bf infra logs NAME}: the end of one process's log. */
@Command(
    name = "logs",
    mixinStandardHelpOptions = true,
    description =
        "The last lines of a process's log (kafka-1..3, jobmanager, taskmanager-1..2,"
            + " api-1..2).")
public final class InfraLogsCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private InfraOptions infra;

  @Parameters(paramLabel = "NAME", description = "The process.")
  private String name;

  @Option(
      names = "--lines",
      defaultValue = "50",
      description = "How many lines, 1 to 100000 (default ${DEFAULT-VALUE}).")
  private int lines;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    new InfraService().log(infra.layout(), name, lines).forEach(out::println);
    out.flush();
    return 0;
  }
}
