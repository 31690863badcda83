package io.breadthflow.cli.stream;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.config.Configuration;
import io.breadthflow.app.stream.JobSettings;
import io.breadthflow.cli.AppOptions;
import io.breadthflow.cli.kafka.KafkaOptions;
import io.breadthflow.cli.selection.UniverseOptions;
import io.breadthflow.stream.EmbeddedRuntime;
import io.breadthflow.stream.ReadExtent;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bf stream resume}: the cluster job again, from its newest checkpoint or savepoint. */
@Command(
    name = "resume",
    mixinStandardHelpOptions = true,
    description =
        "Submits the job reading market-data to a Flink session cluster again, restored from"
            + " the newest retained checkpoint or savepoint of its checkpoint folder.")
public final class StreamResumeCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private AppOptions app;
  @Mixin private JobOptions jobOptions;
  @Mixin private KafkaOptions kafka;
  @Mixin private FlinkOptions flink;

  @ArgGroup(exclusive = false)
  private UniverseOptions universeOptions;

  @Option(
      names = "--read-to-end",
      description = "Read market-data up to its end at submission, then finish.")
  private boolean readToEnd;

  @Override
  public Integer call() {
    Configuration configuration = kafka.apply(app.configuration());
    JobSettings settings = jobOptions.settings("kafka");
    if (EmbeddedRuntime.latestCheckpoint(settings.checkpoints()).isEmpty()) {
      throw UseCaseException.notFound(
          "no retained checkpoint or savepoint in " + settings.checkpoints() + " to resume from");
    }
    ClusterJobs.submit(
        configuration,
        flink.required(configuration),
        universeOptions == null ? null : universeOptions.universe(),
        readToEnd ? ReadExtent.BOUNDED : ReadExtent.ENDLESS,
        settings.resumed(),
        spec.commandLine().getOut());
    return 0;
  }
}
