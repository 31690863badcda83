package io.breadthflow.stream;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
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
    int parallelism, Duration checkpointInterval, Path checkpointDir, int restartAttempts)
    implements JobRuntime {

  @Override
  public StreamExecutionEnvironment environment(Resume resume) {
    return StreamExecutionEnvironment.getExecutionEnvironment(
        JobConfig.of(parallelism, checkpointInterval, checkpointDir, restartAttempts, resume));
  }

  @Override
  public Placement placement() {
    return Placement.THIS_PROCESS;
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
