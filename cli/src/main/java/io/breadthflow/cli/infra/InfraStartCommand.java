package io.breadthflow.cli.infra;

import io.breadthflow.app.infra.InfraService;
import io.breadthflow.app.infra.InfraStatus;
import io.breadthflow.cli.AppOptions;
import io.breadthflow.cli.ConsoleProgress;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code bf infra start}: starts every process of the local cluster. */
@Command(
    name = "start",
    mixinStandardHelpOptions = true,
    description = {
      "Starts the cluster's processes, each its own JVM from this artifact, and waits until"
          + " each answers. The store must be PostgreSQL (--store or BF_STORE_URL); Redis at"
          + " BF_REDIS_URL (default redis://127.0.0.1:6379).",
      "The API servers use BF_JWT_SECRET, else a random secret kept in the cluster's folder."
    })
public final class InfraStartCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private AppOptions app;
  @Mixin private InfraOptions infra;

  @Override
  public Integer call() throws Exception {
    InfraStatus status =
        new InfraService()
            .start(
                infra.start(app.configuration()), new ConsoleProgress(spec.commandLine().getErr()));
    InfraStatusTable.print(status, spec.commandLine().getOut());
    return 0;
  }
}
