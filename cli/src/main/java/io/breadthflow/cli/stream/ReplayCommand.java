package io.breadthflow.cli.stream;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.config.Configuration;
import io.breadthflow.app.stream.StreamRequest;
import io.breadthflow.app.stream.StreamSource;
import io.breadthflow.cli.AppOptions;
import io.breadthflow.cli.convert.PacingConverter;
import io.breadthflow.cli.kafka.KafkaOptions;
import io.breadthflow.cli.selection.DateRangeOptions;
import io.breadthflow.cli.selection.UniverseOptions;
import io.breadthflow.stream.source.Pacing;
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
  /** Where trade files go instead of a job. */
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
  private Target to;

  @Override
  public Integer call() throws Exception {
    if ((input == null) == (universeOptions == null)) {
      throw UseCaseException.invalid("give either --input or a universe (--symbols/--symbol-list)");
    }
    if (input == null && range == null) {
      throw UseCaseException.invalid("replaying stored bars needs --start-date and --end-date");
    }
    Configuration configuration = kafka.apply(app.configuration());
    StreamSource source =
        input != null
            ? new StreamSource.TradeFiles(input, pacing)
            : new StreamSource.StoredBars(universeOptions.universe(), range.range(), pacing);
    StreamRequest request = new StreamRequest(source, jobOptions.settings("replay").fresh());
    if (to != null) {
      if (input == null) {
        throw UseCaseException.invalid("--to kafka publishes trade files (--input) to market-data");
      }
      Jobs.publisher(configuration, spec.commandLine().getErr())
          .trades(Jobs.tradesToPublish(input, spec.commandLine().getErr()), pacing);
      return 0;
    }
    Jobs.runAndFollow(
        configuration, request, jobOptions.duration, spec.commandLine().getErr(), "bf replay");
    return 0;
  }
}
