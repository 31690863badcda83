package io.breadthflow.cli.stream;

import io.breadthflow.app.Application;
import io.breadthflow.app.stream.ClusterJobService;
import io.breadthflow.cli.AppOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bf stream stop}: stops a job on a Flink cluster. */
@Command(
    name = "stop",
    mixinStandardHelpOptions = true,
    description =
        "Stops the job on a Flink session cluster: with --savepoint after a final savepoint"
            + " (for bf stream resume), else cancelled (its newest checkpoint stays).")
public final class StreamStopCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private AppOptions app;
  @Mixin private FlinkOptions flink;

  @Option(names = "--job", paramLabel = "ID", description = "The job (default: the one running).")
  private String job;

  @Option(names = "--savepoint", description = "Take a final savepoint before stopping.")
  private boolean savepoint;

  @Option(
      names = "--checkpoint-dir",
      paramLabel = "DIR",
      description = "The job's checkpoint folder (default ./data/checkpoints/kafka).")
  private Path checkpointDir = Path.of("data", "checkpoints", "kafka");

  @Override
  public Integer call() throws Exception {
    try (Application application = app.open()) {
      ClusterJobService.ClusterStop stopped =
          application
              .clusterJobs()
              .stop(
                  flink.required(app.configuration()),
                  Optional.ofNullable(job),
                  savepoint
                      ? ClusterJobService.StopMode.SAVEPOINT
                      : ClusterJobService.StopMode.CANCEL,
                  checkpointDir);
      PrintWriter out = spec.commandLine().getOut();
      out.println(
          "stopped "
              + stopped.jobId()
              + stopped.savepoint().map(path -> " with savepoint " + path).orElse(" (cancelled)"));
      out.flush();
    }
    return 0;
  }
}
