package io.breadthflow.app.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The cluster's processes as their pid files under {@code pids/} record them: each file holds the
 * pid and the process's start time, so a pid the system has since given to another process is never
 * taken for a node.
 */
final class ClusterProcesses {
  private final InfraLayout layout;

  ClusterProcesses(InfraLayout layout) {
    this.layout = layout;
  }

  /**
   * Starts {@code command} as node {@code name}, its standard output and error appended to its log
   * file, with {@code environment} added to this process's.
   */
  ProcessHandle launch(String name, List<String> command, Map<String, String> environment)
      throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(environment);
    builder.redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(layout.log(name).toFile()));
    builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    builder.directory(layout.home().toFile());
    Process process = builder.start();
    ProcessHandle handle = process.toHandle();
    Files.writeString(
        pidFile(name),
        handle.pid() + " " + handle.info().startInstant().map(Instant::toEpochMilli).orElse(0L));
    return handle;
  }

  /** Node {@code name}'s process, when its pid file names one that is alive. */
  Optional<ProcessHandle> alive(String name) {
    Path file = pidFile(name);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      String[] parts = Files.readString(file).trim().split(" ");
      long pid = Long.parseLong(parts[0]);
      long started = parts.length > 1 ? Long.parseLong(parts[1]) : 0L;
      return ProcessHandle.of(pid)
          .filter(ProcessHandle::isAlive)
          .filter(
              handle ->
                  started == 0
                      || handle
                          .info()
                          .startInstant()
                          .map(Instant::toEpochMilli)
                          .map(start -> start == started)
                          .orElse(true));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Stops the nodes {@code names} together: a TERM signal (each shuts down cleanly), then a KILL
   * for whatever still runs after {@code grace}. Removes their pid files.
   *
   * @return how many were running
   */
  int stop(List<String> names, Duration grace) throws InterruptedException {
    List<ProcessHandle> running =
        names.stream().map(this::alive).flatMap(Optional::stream).toList();
    running.forEach(ProcessHandle::destroy);
    CompletableFuture<?>[] exits =
        running.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
    try {
      CompletableFuture.allOf(exits).get(grace.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      running.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
      for (ProcessHandle handle : running) {
        try {
          handle.onExit().get(10, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException ignored) {
          // reported by the status that follows
        }
      }
    }
    for (String name : names) {
      try {
        Files.deleteIfExists(pidFile(name));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return running.size();
  }

  private Path pidFile(String name) {
    return layout.pids().resolve(name + ".pid");
  }
}
