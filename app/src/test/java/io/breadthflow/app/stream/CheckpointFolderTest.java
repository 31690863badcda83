package io.breadthflow.app.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breadthflow.app.UseCaseException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointFolderTest {
  @TempDir Path dir;

  @Test
  void aFolderBreadthFlowCreatedIsEmptiedButItsMarkerStays() throws Exception {
    Path checkpoints = dir.resolve("checkpoints");
    CheckpointFolder.empty(checkpoints);
    Files.createDirectories(checkpoints.resolve("chk-1"));
    Files.writeString(checkpoints.resolve("chk-1/_metadata"), "x");

    CheckpointFolder.empty(checkpoints);

    try (var entries = Files.list(checkpoints)) {
      assertThat(entries.map(p -> p.getFileName().toString()))
          .containsExactly(CheckpointFolder.MARKER);
    }
  }

  @Test
  void aForeignFolderThatIsNotEmptyIsRefusedAndKeepsItsFiles() throws Exception {
    Path foreign = Files.createDirectories(dir.resolve("photos"));
    Files.writeString(foreign.resolve("holiday.jpg"), "precious");

    assertThatThrownBy(() -> CheckpointFolder.empty(foreign))
        .isInstanceOf(UseCaseException.class)
        .hasMessage(
            "the checkpoint folder "
                + foreign
                + " is not empty and was not created by BreadthFlow; choose another");
    assertThat(foreign.resolve("holiday.jpg")).hasContent("precious");
  }

  @Test
  void anEmptyFolderIsAdoptedAndMarked() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));

    CheckpointFolder.empty(empty);

    assertThat(empty.resolve(CheckpointFolder.MARKER)).exists();
  }
}
