package io.breadthflow.stream;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.state.CheckpointListener;

/**
 * Passes records through and throws once, at the first record after {@code after} records once a
 * checkpoint has completed; a marker file makes it fail only once across restarts.
 */
final class FailOnce<T> extends RichMapFunction<T, T> implements CheckpointListener {
  private final long after;
  private final String marker;
  private transient long seen;
  private transient volatile boolean checkpointed;

  FailOnce(long after, Path marker) {
    this.after = after;
    this.marker = marker.toString();
  }

  @Override
  public T map(T record) throws Exception {
    if (++seen > after && checkpointed && !Files.exists(Path.of(marker))) {
      Files.createFile(Path.of(marker));
      throw new IllegalStateException("injected failure after " + seen + " records");
    }
    return record;
  }

  @Override
  public void notifyCheckpointComplete(long checkpointId) {
    checkpointed = true;
  }
}
