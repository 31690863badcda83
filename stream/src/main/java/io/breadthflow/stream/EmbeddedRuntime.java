package io.breadthflow.stream;

import io.breadthflow.stream.state.TypeRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.configuration.ExecutionOptions;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The embedded Flink runtime: a MiniCluster inside this JVM with checkpoints in a local folder
 * (kept when the job is cancelled or crashes), restarts from the latest checkpoint after a failure,
 * and resumption of a crashed job from its newest retained checkpoint.
 *
 * @param parallelism tasks per operator
 * @param checkpointInterval time between checkpoints
 * @param checkpointDir where checkpoints go, e.g. {@code ./data/checkpoints/stream}
 * @param restartAttempts restarts after failures before the job fails (0: fail at once)
 */
public record EmbeddedRuntime(
    int parallelism, Duration checkpointInterval, Path checkpointDir, int restartAttempts) {

  /**
   * An environment for a new job; restored from the newest checkpoint when {@code resume} says so.
   */
  public StreamExecutionEnvironment environment(Resume resume) {
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
      latestCheckpoint(checkpointDir)
          .ifPresent(path -> config.set(StateRecoveryOptions.SAVEPOINT_PATH, path.toString()));
    }
    return StreamExecutionEnvironment.getExecutionEnvironment(config);
  }

  /**
   * The newest completed checkpoint or savepoint under {@code dir} (a {@code chk-N} or {@code
   * savepoint-…} folder with metadata).
   */
  public static Optional<Path> latestCheckpoint(Path dir) {
    if (!Files.isDirectory(dir)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.walk(dir, 3)) {
      return files
          .filter(p -> p.getFileName().toString().equals("_metadata"))
          .map(Path::getParent)
          .filter(
              p ->
                  p.getFileName().toString().startsWith("chk-")
                      || p.getFileName().toString().startsWith("savepoint-"))
          .max(Comparator.comparing(EmbeddedRuntime::modified));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read checkpoints in " + dir, e);
    }
  }

  private static java.nio.file.attribute.FileTime modified(Path path) {
    try {
      return Files.getLastModifiedTime(path.resolve("_metadata"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
