package io.breadthflow.stream;

import io.breadthflow.stream.state.TypeRules;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.configuration.ExecutionOptions;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.configuration.StateRecoveryOptions;

/**
 * The job configuration every runtime gives the pipeline: checkpoints in a folder (kept when the
 * job is cancelled or crashes), restarts from the latest checkpoint after a failure, and the newest
 * retained checkpoint to resume from.
 */
final class JobConfig {
  private JobConfig() {}

  static Configuration of(
      int parallelism,
      Duration checkpointInterval,
      Path checkpointDir,
      int restartAttempts,
      Resume resume) {
    Configuration config = new Configuration();
    config.set(CoreOptions.DEFAULT_PARALLELISM, parallelism);
    // bars and market updates are few: flush network buffers after 5 ms rather than Flink's 100
    config.set(ExecutionOptions.BUFFER_TIMEOUT, Duration.ofMillis(5));
    // operators never change a record they received, so chained operators may share it
    config.set(PipelineOptions.OBJECT_REUSE, true);
    // every record and state type has an explicit serializer: no Kryo fallback
    TypeRules.addTo(config);
    config.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, checkpointInterval);
    config.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
    config.set(
        CheckpointingOptions.CHECKPOINTS_DIRECTORY,
        checkpointDir.toAbsolutePath().toUri().toString());
    config.set(
        CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION,
        ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
    if (restartAttempts > 0) {
      config.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
      config.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, restartAttempts);
      config.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(200));
    } else {
      config.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
    }
    if (resume == Resume.LATEST_CHECKPOINT) {
      EmbeddedRuntime.latestCheckpoint(checkpointDir)
          .ifPresent(path -> config.set(StateRecoveryOptions.SAVEPOINT_PATH, path.toString()));
      // a job resumed with forecasts turned off leaves the forecast operator's state behind
      config.set(StateRecoveryOptions.SAVEPOINT_IGNORE_UNCLAIMED_STATE, true);
    }
    return config;
  }
}
