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
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options every streaming run shares: intervals, event time, checkpoints, run time. */
final class JobOptions {
  @Option(
      names = "--interval",
      defaultValue = "1m,5m,1h",
      description = "Bar intervals built from trades (default ${DEFAULT-VALUE}).")
  private String intervals;

  @Mixin private EventTimeOptions eventTime;

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
      names = "--alert-rules",
      paramLabel = "FILE",
      description = "Alert thresholds (JSON or YAML; default RSI 70/30, volatility 60%, …).")
  private Path alertRules;

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
        eventTime.outOfOrder,
        eventTime.lateness,
        PipelineSpec.IDLENESS,
        deduplicate,
        SignalWeights.defaults(),
        alertRules == null ? AlertRules.defaults() : AlertRulesFile.read(alertRules),
        outputFrom,
        bridge);
  }

  /**
   * Checks intervals and alert rules before a job starts: a typo is a usage error, not a failure.
   */
  void validate() {
    IntervalList.parse(intervals);
    if (alertRules != null) {
      AlertRulesFile.read(alertRules);
    }
  }
}
