package io.breadthflow.core.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the shared real-data folder ({@code ../shared/data}, overridable with the system property
 * {@code bf.shared.data}). Acceptance tests call {@link #require} so that they are reported as
 * skipped, loudly, where the folder is absent.
 */
public final class SharedData {
  private SharedData() {}

  /** The shared data root, whether or not it exists. */
  public static Path root() {
    return Path.of(System.getProperty("bf.shared.data", "../../shared/data"))
        .toAbsolutePath()
        .normalize();
  }

  /**
   * Returns {@code root()/relative}, or aborts the calling test as skipped with a message on
   * standard error when it is absent.
   */
  public static Path require(String relative) {
    Path path = root().resolve(relative);
    boolean present = Files.exists(path);
    if (!present) {
      System.err.println(
          "*** ACCEPTANCE TEST SKIPPED: shared data not found at "
              + path
              + " (set -Dbf.shared.data=...) ***");
    }
    assumeTrue(present, "shared data not found at " + path);
    return path;
  }
}
