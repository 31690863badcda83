package io.breadthflow.cli.stream;

import io.breadthflow.cli.UsageException;
import io.breadthflow.cli.data.StoreOptions;
import io.breadthflow.cli.kafka.KafkaOptions;
import io.breadthflow.cli.selection.DateRangeOptions;
import io.breadthflow.cli.selection.UniverseOptions;
import io.breadthflow.core.live.PipelineCounters;
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

/** {@code bf replay}: stored history or trade files through the streaming job. */
@Command(
    name = "replay",
    mixinStandardHelpOptions = true,
    description = {
      "Replays history through the streaming job: trade files (--input), or the stored daily bars"
          + " of a universe (--symbol-list/--symbols with --start-date/--end-date; earlier stored"
          + " sessions warm up).",
      "Results (bars, daily signals, alerts) go to the store, exactly as the batch commands"
          + " compute them."
    })
public final class ReplayCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private StoreOptions storeOptions;
  @Mixin private JobOptions jobOptions;
  @Mixin private PacingOption pacing;

  @ArgGroup(exclusive = false)
  private DateRangeOptions range;

  @ArgGroup(exclusive = false)
  private UniverseOptions universeOptions;

  @Option(names = "--input", paramLabel = "FILE|DIR", description = "Trade files to replay.")
  private Path input;

  @Mixin private KafkaOptions kafka;

  @Option(
      names = "--to",
      paramLabel = "kafka",
      description = "Publish the trade files to market-data instead of running the job.")
  private String to;

  @Override
  public Integer call() throws Exception {
    jobOptions.validate();
    if ((input == null) == (universeOptions == null)) {
      throw new UsageException("give either --input or a universe (--symbols/--symbol-list)");
    }
    if (input == null && range == null) {
      throw new UsageException("replaying stored bars needs --start-date and --end-date");
    }
    if (to != null) {
      if (!to.equals("kafka") || input == null) {
        throw new UsageException("--to kafka publishes trade files (--input) to market-data");
      }
      if (kafka.bootstrap() == null) {
        throw new UsageException("--to kafka needs --kafka HOST:PORT or BF_KAFKA_BOOTSTRAP");
      }
      new MarketDataPublisher(kafka.bootstrap(), spec.commandLine().getErr())
          .trades(TradeInputs.read(input), pacing.pacing());
      return 0;
    }
    try (MarketStore store = storeOptions.open();
        AutoCloseable shared = SharedStores.share(storeOptions.config(), store)) {
      StreamJob job =
          new StreamJob(
              jobOptions.runtime("replay"),
              false,
              storeOptions.config(),
              event -> {},
              new PipelineCounters(),
              kafka.bootstrap());
      try (RunningJob running =
          input != null
              ? StreamLaunch.tradeFiles(job, jobOptions, input, pacing.pacing())
              : StreamLaunch.storedBars(
                  job,
                  jobOptions,
                  store,
                  universeOptions.universe(),
                  range.start(),
                  range.end(),
                  pacing.pacing(),
                  spec.commandLine().getErr())) {
        new JobProgress(spec.commandLine().getErr(), "bf replay")
            .follow(running, jobOptions.duration);
      }
    }
    return 0;
  }
}
