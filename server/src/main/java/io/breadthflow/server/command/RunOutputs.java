package io.breadthflow.server.command;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Output of the command runs still going, readable while they run. */
public final class RunOutputs {
  private final Map<Long, StringBuffer> running = new ConcurrentHashMap<>();

  void open(long runId, StringBuffer output) {
    running.put(runId, output);
  }

  void close(long runId) {
    running.remove(runId);
  }

  /** The output so far of a run that is still going. */
  public Optional<String> current(long runId) {
    return Optional.ofNullable(running.get(runId)).map(StringBuffer::toString);
  }
}
