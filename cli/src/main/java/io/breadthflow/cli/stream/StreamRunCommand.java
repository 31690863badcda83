package io.breadthflow.cli.stream;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.config.Configuration;
import io.breadthflow.app.kafka.MarketDataPublisher;
import io.breadthflow.app.stream.FlinkAddress;
import io.breadthflow.app.stream.StreamRequest;
import io.breadthflow.app.stream.StreamSource;
import io.breadthflow.cli.AppOptions;
import io.breadthflow.cli.convert.PacingConverter;
import io.breadthflow.cli.kafka.KafkaOptions;
import io.breadthflow.cli.selection.UniverseOptions;
import io.breadthflow.ingest.universe.Universe;
import io.breadthflow.stream.ReadExtent;
import io.breadthflow.stream.source.Pacing;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bf stream run}: the streaming job on the embedded runtime, into the store. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the streaming job embedded (Flink MiniCluster): trades to bars, indicators, breadth,"
          + " signals and alerts, into the store.",
      "Resumes from the latest retained checkpoint of the same source unless --fresh.",
      "Kafka mode (--kafka or BF_KAFKA_BOOTSTRAP): results also go to the output topics;"
          + " --source kafka reads market-data; --to kafka publishes the source's trades there.",
      "With --flink HOST:PORT (--source kafka) the same job is submitted to a Flink session"
          + " cluster (bf infra start) and its job id printed; bf stream status|stop|resume"
          + " manage it."
    })
public final class StreamRunCommand implements Callable<Integer> {
  /** The sources. */
  enum Source {
    sim,
    replay,
    finnhub,
    kafka
  }

  /** Where a source's trades go instead of a job. */
  enum Target {
    kafka
  }

  @Spec private CommandSpec spec;
  @Mixin private AppOptions app;
  @Mixin private JobOptions jobOptions;

  @Option(
      names = "--speed",
      defaultValue = "max",
      paramLabel = "N|max",
      converter = PacingConverter.class,
      description = "Replay speed: a multiple of real time, or max (default ${DEFAULT-VALUE}).")
  private Pacing pacing;

  @ArgGroup(exclusive = false)
  private UniverseOptions universeOptions;

  @Mixin private KafkaOptions kafka;
  @Mixin private FlinkOptions flink;

  @Option(
      names = "--read-to-end",
      description =
          "On a cluster, read market-data up to its end at submission, then finish (a replay).")
  private boolean readToEnd;

  @Option(
      names = "--source",
      defaultValue = "sim",
      description = "sim, replay, finnhub or kafka (topic market-data; default ${DEFAULT-VALUE}).")
  private Source source;

  @Option(
      names = "--to",
      paramLabel = "kafka",
      description = "Publish the source's trades to market-data instead of running the job.")
  private Target to;

  @Option(
      names = "--rate",
      defaultValue = "1000",
      description = "Simulator trades per second (default ${DEFAULT-VALUE}).")
  private double rate;

  @Option(
      names = "--input",
      paramLabel = "FILE|DIR",
      description = "Trade files to replay (--source replay).")
  private Path input;

  @Override
  public Integer call() throws Exception {
    if (source == Source.replay && input == null) {
      throw UseCaseException.invalid(
          "--source replay needs --input (or use bf replay for stored bars)");
    }
    if (source != Source.replay && universeOptions == null) {
      throw UseCaseException.invalid("--source " + source + " needs --symbols or --symbol-list");
    }
    Configuration configuration = kafka.apply(app.configuration());
    StreamRequest request = new StreamRequest(source(), jobOptions.settings(source.name()));
    if (to != null) {
      publish(configuration, request.source());
      return 0;
    }
    Optional<FlinkAddress> cluster = flink.address(configuration);
    if (cluster.isPresent()) {
      if (source != Source.kafka) {
        throw UseCaseException.invalid(
            "--flink runs the job that reads market-data: use --source kafka"
                + " (publish trades with --to kafka)");
      }
      ClusterJobs.submit(
          configuration,
          cluster.get(),
          universeOptions.universe(),
          readToEnd ? ReadExtent.BOUNDED : ReadExtent.ENDLESS,
          request.job(),
          spec.commandLine().getOut());
      return 0;
    }
    Jobs.runAndFollow(
        configuration, request, jobOptions.duration, spec.commandLine().getErr(), "bf stream run");
    return 0;
  }

  private StreamSource source() {
    Universe universe = universeOptions == null ? null : universeOptions.universe();
    return switch (source) {
      case sim -> StreamSource.Simulator.live(universe, rate, 42);
      case replay -> new StreamSource.TradeFiles(input, pacing);
      case finnhub -> new StreamSource.Finnhub(universe);
      case kafka -> new StreamSource.Kafka(universe);
    };
  }

  private void publish(Configuration configuration, StreamSource from) throws Exception {
    MarketDataPublisher publisher = Jobs.publisher(configuration, spec.commandLine().getErr());
    if (from instanceof StreamSource.Simulator sim) {
      publisher.simulator(sim.universe(), sim.rate(), jobOptions.duration);
    } else if (from instanceof StreamSource.TradeFiles files) {
      publisher.trades(
          Jobs.tradesToPublish(files.input(), spec.commandLine().getErr()), files.pacing());
    } else if (from instanceof StreamSource.Finnhub live) {
      publisher.finnhub(live.universe(), jobOptions.duration);
    } else {
      throw UseCaseException.invalid("--source kafka cannot be published --to kafka");
    }
  }
}
