package io.breadthflow.cli.kafka;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.config.Configuration;
import io.breadthflow.app.kafka.KafkaCluster;
import io.breadthflow.stream.kafka.Topics;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bf kafka topics}: creates the pipeline's topics that are missing and lists them. */
@Command(
    name = "topics",
    mixinStandardHelpOptions = true,
    description = {
      "Creates the pipeline's topics that are missing (market-data and bars 6 partitions,"
          + " trading-signals 3, alerts and pipeline-events 1) and lists them.",
      "With --list only lists what exists."
    })
public final class KafkaTopicsCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private KafkaOptions kafka;

  @Option(names = "--list", description = "Only list, create nothing.")
  private boolean listOnly;

  @Override
  public Integer call() {
    String bootstrap =
        kafka
            .apply(Configuration.load())
            .kafkaBootstrap()
            .orElseThrow(
                () ->
                    UseCaseException.invalid(
                        "no Kafka cluster: give --kafka HOST:PORT or set BF_KAFKA_BOOTSTRAP"));
    List<Topics.Info> topics =
        listOnly
            ? KafkaCluster.reach(bootstrap, () -> Topics.list(bootstrap))
            : KafkaCluster.ensureTopics(bootstrap);
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "%-16s %10s %8s%n", "topic", "partitions", "replicas");
    topics.forEach(
        t -> out.printf(Locale.ROOT, "%-16s %10d %8d%n", t.name(), t.partitions(), t.replicas()));
    if (topics.isEmpty()) {
      out.println("(none yet: run bf kafka topics without --list to create them)");
    }
    out.flush();
    return 0;
  }
}
