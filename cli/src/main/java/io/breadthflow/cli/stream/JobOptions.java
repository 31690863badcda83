package io.breadthflow.cli.stream;

import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.signal.SignalWeights;
import io.breadthflow.stream.EmbeddedRuntime;
import io.breadthflow.stream.PipelineSpec;
import io.breadthflow.stream.alert.AlertRules;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Option;

/** Options every streaming run shares: intervals, event time, checkpoints, run time. */
final class JobOptions {
  @Option(
      names = "--interval",
      defaultValue = "1m,5m,1h",
      description = "Bar intervals built from trades (default ${DEFAULT-VALUE}).")
  private String intervals;

  @Option(
      names = "--out-of-order",
      defaultValue = "2s",
      converter = DurationConverter.class,
      description = "Watermark delay behind the newest trade (default ${DEFAULT-VALUE}).")
  private Duration outOfOrder;

  @Option(
      names = "--lateness",
      defaultValue = "10s",
      converter = DurationConverter.class,
      description = "How long a bar still takes late trades (default ${DEFAULT-VALUE}).")
  private Duration lateness;

  @Option(
      names = "--duration",
      converter = DurationConverter.class,
      description = "Stop after this long (default: at the end of the input, or Ctrl-C).")
  Duration duration;

  @Option(
      names = "--checkpoint-dir",
      paramLabel = "DIR",
      description = "Checkpoint folder (default ./data/checkpoints/<source>).")
  private Path checkpointDir;

  @Option(
      names = "--checkpoint-interval",
      defaultValue = "10s",
      converter = DurationConverter.class,
      description = "Time between checkpoints (default ${DEFAULT-VALUE}).")
  private Duration checkpointInterval;

  @Option(
      names = "--fresh",
      description = "Start afresh instead of resuming from the latest retained checkpoint.")
  boolean fresh;

  @Option(
      names = "--parallelism",
      defaultValue = "2",
      description = "Tasks per operator (default ${DEFAULT-VALUE}).")
  private int parallelism;

  EmbeddedRuntime runtime(String source) {
    Path dir = checkpointDir != null ? checkpointDir : Path.of("data", "checkpoints", source);
    return new EmbeddedRuntime(Math.max(1, parallelism), checkpointInterval, dir, 3);
  }

  PipelineSpec spec(
      List<String> universe, LocalDate outputFrom, boolean deduplicate, String bridge) {
    List<Interval> parsed = IntervalList.parse(intervals);
    return new PipelineSpec(
        universe,
        parsed,
        outOfOrder,
        lateness,
        Duration.ofSeconds(10),
        deduplicate,
        SignalWeights.defaults(),
        AlertRules.defaults(),
        outputFrom,
        bridge);
  }

  /** Checks the intervals before a job starts, so a typo is a usage error, not a job failure. */
  void validate() {
    IntervalList.parse(intervals);
  }
}
