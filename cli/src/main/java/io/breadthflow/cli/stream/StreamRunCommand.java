package io.breadthflow.cli.stream;

import io.breadthflow.cli.UsageException;
import io.breadthflow.cli.data.StoreOptions;
import io.breadthflow.cli.kafka.KafkaOptions;
import io.breadthflow.cli.selection.UniverseOptions;
import io.breadthflow.core.live.PipelineCounters;
import io.breadthflow.ingest.universe.Universe;
import io.breadthflow.store.MarketStore;
import io.breadthflow.stream.RunningJob;
import io.breadthflow.stream.StreamJob;
import io.breadthflow.stream.sink.SharedStores;
import java.nio.file.Path;
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
          + " --source kafka reads market-data; --to kafka publishes the source's trades there."
    })
public final class StreamRunCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private StoreOptions storeOptions;
  @Mixin private JobOptions jobOptions;
  @Mixin private PacingOption pacing;

  @ArgGroup(exclusive = false)
  private UniverseOptions universeOptions;

  @Mixin private KafkaOptions kafka;

  @Option(
      names = "--source",
      defaultValue = "sim",
      description = "sim, replay, finnhub or kafka (topic market-data; default ${DEFAULT-VALUE}).")
  private String source;

  @Option(
      names = "--to",
      paramLabel = "kafka",
      description = "Publish the source's trades to market-data instead of running the job.")
  private String to;

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
    jobOptions.validate();
    if (source.equals("replay") && input == null) {
      throw new UsageException("--source replay needs --input (or use bf replay for stored bars)");
    }
    if (!source.equals("replay") && universeOptions == null) {
      throw new UsageException("--source " + source + " needs --symbols or --symbol-list");
    }
    if (source.equals("kafka") && kafka.bootstrap() == null) {
      throw new UsageException("--source kafka needs --kafka HOST:PORT or BF_KAFKA_BOOTSTRAP");
    }
    Universe universe = universeOptions == null ? null : universeOptions.universe();
    if (to != null) {
      publish(universe);
      return 0;
    }
    try (MarketStore store = storeOptions.open();
        AutoCloseable shared = SharedStores.share(storeOptions.config(), store)) {
      StreamJob job =
          new StreamJob(
              jobOptions.runtime(source),
              !jobOptions.fresh,
              storeOptions.config(),
              event -> {},
              new PipelineCounters(),
              kafka.bootstrap());
      try (RunningJob running =
          switch (source) {
            case "sim" -> StreamLaunch.simulator(job, jobOptions, universe, rate);
            case "replay" -> StreamLaunch.tradeFiles(job, jobOptions, input, pacing.pacing());
            case "finnhub" -> StreamLaunch.finnhub(job, jobOptions, universe);
            case "kafka" -> StreamLaunch.kafka(job, jobOptions, universe);
            default ->
                throw new UsageException(
                    "--source must be sim, replay, finnhub or kafka, got '" + source + "'");
          }) {
        new JobProgress(spec.commandLine().getErr(), "bf stream run")
            .follow(running, jobOptions.duration);
      }
    }
    return 0;
  }

  private void publish(Universe universe) throws Exception {
    if (!to.equals("kafka")) {
      throw new UsageException("--to takes kafka, got '" + to + "'");
    }
    if (kafka.bootstrap() == null) {
      throw new UsageException("--to kafka needs --kafka HOST:PORT or BF_KAFKA_BOOTSTRAP");
    }
    MarketDataPublisher publisher =
        new MarketDataPublisher(kafka.bootstrap(), spec.commandLine().getErr());
    switch (source) {
      case "sim" ->
          publisher.simulator(
              universe, rate, jobOptions.duration, StreamLaunch.startPrices(universe));
      case "replay" -> publisher.trades(TradeInputs.read(input), pacing.pacing());
      case "finnhub" -> publisher.finnhub(universe, jobOptions.duration);
      default -> throw new UsageException("--source kafka cannot be published --to kafka");
    }
  }
}
