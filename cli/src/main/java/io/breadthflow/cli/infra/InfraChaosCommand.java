package io.breadthflow.cli.infra;

import io.breadthflow.app.infra.ChaosReport;
import io.breadthflow.app.infra.ChaosRequest;
import io.breadthflow.app.infra.ClusterChaos;
import io.breadthflow.app.infra.InfraService;
import io.breadthflow.cli.AppOptions;
import io.breadthflow.cli.ConsoleProgress;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bf infra chaos}: random kills under the running job, and how fast it recovers. */
@Command(
    name = "chaos",
    mixinStandardHelpOptions = true,
    description =
        "Kills a random TaskManager or Kafka broker (kill -9) under the job running on the"
            + " cluster, times until the job completes a checkpoint again, restarts the process,"
            + " and repeats.")
public final class InfraChaosCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private AppOptions app;
  @Mixin private InfraOptions infra;

  @Option(
      names = "--trials",
      defaultValue = "5",
      description = "Kills, 1 to 100 (default ${DEFAULT-VALUE}).")
  private int trials;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "Seed of the random choice of victims (default ${DEFAULT-VALUE}).")
  private long seed;

  @Override
  public Integer call() throws Exception {
    ChaosReport report =
        new ClusterChaos(new InfraService())
            .run(
                new ChaosRequest(
                    infra.start(app.configuration()), trials, seed, ChaosRequest.RECOVERABLE),
                new ConsoleProgress(spec.commandLine().getErr()));
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "job %s%n", report.jobId());
    out.printf(Locale.ROOT, "%5s %-14s %12s %s%n", "trial", "killed", "recovery", "job");
    int n = 1;
    for (ChaosReport.Trial trial : report.trials()) {
      out.printf(
          Locale.ROOT,
          "%5d %-14s %9d ms %s%n",
          n++,
          trial.victim(),
          trial.recovery().toMillis(),
          trial.jobState());
    }
    out.printf(
        Locale.ROOT,
        "recovery: median %d ms, longest %d ms%n",
        report.median().toMillis(),
        report.longest().toMillis());
    out.flush();
    return 0;
  }
}
