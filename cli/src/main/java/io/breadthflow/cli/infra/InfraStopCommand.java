package io.breadthflow.cli.infra;

import io.breadthflow.app.infra.InfraService;
import io.breadthflow.app.infra.InfraStatus;
import io.breadthflow.cli.ConsoleProgress;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code bf infra stop}: stops every process of the local cluster. */
@Command(
    name = "stop",
    mixinStandardHelpOptions = true,
    description =
        "Stops the cluster cleanly (API servers, TaskManagers, JobManager, then the brokers);"
            + " a process that does not stop within 30 s is killed. Data and logs stay.")
public final class InfraStopCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private InfraOptions infra;

  @Override
  public Integer call() throws Exception {
    InfraStatus status =
        new InfraService().stop(infra.layout(), new ConsoleProgress(spec.commandLine().getErr()));
    InfraStatusTable.print(status, spec.commandLine().getOut());
    return status.allStopped() ? 0 : 1;
  }
}
