package io.breadthflow.cli.infra;

import io.breadthflow.app.infra.InfraService;
import io.breadthflow.app.infra.InfraStatus;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code bf infra status}: each process, its health and its address. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = "Each process of the cluster: pid, health (up, not answering, stopped), URL.")
public final class InfraStatusCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private InfraOptions infra;

  @Override
  public Integer call() {
    InfraStatus status = new InfraService().status(infra.layout());
    InfraStatusTable.print(status, spec.commandLine().getOut());
    return 0;
  }
}
