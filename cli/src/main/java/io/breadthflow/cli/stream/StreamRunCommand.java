package io.breadthflow.cli.stream;

import io.breadthflow.cli.UsageException;
import io.breadthflow.cli.data.StoreOptions;
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
      "Resumes from the latest retained checkpoint of the same source unless --fresh."
    })
public final class StreamRunCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private StoreOptions storeOptions;
  @Mixin private JobOptions jobOptions;
  @Mixin private PacingOption pacing;

  @ArgGroup(exclusive = false)
  private UniverseOptions universeOptions;

  @Option(
      names = "--source",
      defaultValue = "sim",
      description = "sim, replay or finnhub (default ${DEFAULT-VALUE}).")
  private String source;

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
    Universe universe = universeOptions == null ? null : universeOptions.universe();
    try (MarketStore store = storeOptions.open();
        AutoCloseable shared = SharedStores.share(storeOptions.config(), store)) {
      StreamJob job =
          new StreamJob(
              jobOptions.runtime(source),
              !jobOptions.fresh,
              storeOptions.config(),
              event -> {},
              new PipelineCounters());
      try (RunningJob running =
          switch (source) {
            case "sim" -> StreamLaunch.simulator(job, jobOptions, universe, rate);
            case "replay" -> StreamLaunch.tradeFiles(job, jobOptions, input, pacing.pacing());
            case "finnhub" -> StreamLaunch.finnhub(job, jobOptions, universe);
            default ->
                throw new UsageException(
                    "--source must be sim, replay or finnhub, got '" + source + "'");
          }) {
        new JobProgress(spec.commandLine().getErr(), "bf stream run")
            .follow(running, jobOptions.duration);
      }
    }
    return 0;
  }
}
