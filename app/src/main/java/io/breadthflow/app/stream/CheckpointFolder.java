package io.breadthflow.app.stream;

import io.breadthflow.app.UseCaseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A checkpoint folder that BreadthFlow may empty: one it created itself, which holds a marker file.
 * Any other folder that is not empty is refused, so that nothing BreadthFlow did not create is ever
 * deleted.
 */
public final class CheckpointFolder {
  /** The file that marks a folder as BreadthFlow's. */
  public static final String MARKER = ".breadthflow-checkpoints";

  private CheckpointFolder() {}

  /**
   * Checks that {@code dir} is missing, empty or marked as BreadthFlow's.
   *
   * @throws UseCaseException naming the folder otherwise
   */
  public static void check(Path dir) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw UseCaseException.invalid("the checkpoint folder " + dir + " is a file");
    }
    if (Files.isDirectory(dir) && !Files.exists(dir.resolve(MARKER)) && !isEmpty(dir)) {
      throw UseCaseException.invalid(
          "the checkpoint folder "
              + dir
              + " is not empty and was not created by BreadthFlow; choose another");
    }
  }

  /**
   * Empties {@code dir} (creating and marking it when needed): the earlier checkpoints of a job
   * that never resumes.
   *
   * @throws UseCaseException when {@code dir} is not BreadthFlow's (see {@link #check})
   */
  public static void empty(Path dir) {
    check(dir);
    try {
      Files.createDirectories(dir);
      try (Stream<Path> paths = Files.walk(dir)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          if (!path.equals(dir) && !path.equals(dir.resolve(MARKER))) {
            Files.delete(path);
          }
        }
      }
      if (!Files.exists(dir.resolve(MARKER))) {
        Files.writeString(
            dir.resolve(MARKER), "checkpoints of BreadthFlow; emptied at each start\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot empty the checkpoint folder " + dir, e);
    }
  }

  private static boolean isEmpty(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      throw UseCaseException.invalid("cannot read the checkpoint folder " + dir);
    }
  }
}
