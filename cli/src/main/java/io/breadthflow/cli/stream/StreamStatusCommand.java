package io.breadthflow.cli.stream;

import io.breadthflow.app.Application;
import io.breadthflow.app.stream.ClusterJobs;
import io.breadthflow.cli.AppOptions;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code bf stream status}: the jobs on a Flink cluster and their newest checkpoints. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = "The jobs on a Flink session cluster: state, run time, newest checkpoint.")
public final class StreamStatusCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private AppOptions app;
  @Mixin private FlinkOptions flink;

  @Override
  public Integer call() {
    try (Application application = app.open()) {
      ClusterJobs jobs = application.clusterJobs().jobs(flink.required(app.configuration()));
      PrintWriter out = spec.commandLine().getOut();
      out.printf(
          Locale.ROOT,
          "flink %s at %s: %d taskmanagers, %d of %d slots free%n",
          jobs.overview().version(),
          jobs.flink(),
          jobs.overview().taskManagers(),
          jobs.overview().freeSlots(),
          jobs.overview().slots());
      out.printf(
          Locale.ROOT,
          "%-32s %-11s %9s %-18s %s%n",
          "job",
          "state",
          "run time",
          "name",
          "checkpoint");
      for (ClusterJobs.JobState state : jobs.jobs()) {
        out.printf(
            Locale.ROOT,
            "%-32s %-11s %8ds %-18s %s%n",
            state.job().id(),
            state.job().state(),
            state.job().duration().toSeconds(),
            state.job().name(),
            state
                .checkpoint()
                .map(c -> "#" + c.id() + " " + c.completed() + " " + c.stateBytes() + " B")
                .orElse("-"));
      }
      out.flush();
    }
    return 0;
  }
}
