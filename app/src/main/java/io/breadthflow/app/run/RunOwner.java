package io.breadthflow.app.run;

import java.lang.ProcessHandle.Info;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Optional;

/**
 * The process that started a run, as {@code host/pid/startEpochMillis}: another process on the same
 * host can tell whether it still runs (a pid reused by a later process has another start time).
 *
 * @param host host name
 * @param pid process id
 * @param startMillis the process's start, epoch milliseconds (0 when unknown)
 */
public record RunOwner(String host, long pid, long startMillis) {
  /** This process. */
  public static RunOwner current() {
    ProcessHandle self = ProcessHandle.current();
    return new RunOwner(hostName(), self.pid(), startOf(self.info()));
  }

  /** Parses {@link #code()}; empty for text of another shape (runs from before owners). */
  public static Optional<RunOwner> parse(String code) {
    String[] parts = code == null ? new String[0] : code.split("/");
    if (parts.length != 3) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new RunOwner(parts[0], Long.parseLong(parts[1]), Long.parseLong(parts[2])));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The stored form. */
  public String code() {
    return host + "/" + pid + "/" + startMillis;
  }

  /**
   * True when this owner is a process of this host that no longer runs: no process has its pid, or
   * the one that has it started later.
   */
  public boolean endedOn(String thisHost) {
    if (!host.equals(thisHost)) {
      return false;
    }
    Optional<ProcessHandle> process = ProcessHandle.of(pid);
    if (process.isEmpty() || !process.get().isAlive()) {
      return true;
    }
    long started = startOf(process.get().info());
    return startMillis != 0 && started != 0 && started != startMillis;
  }

  private static long startOf(Info info) {
    return info.startInstant().map(Instant::toEpochMilli).orElse(0L);
  }

  static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }
}
