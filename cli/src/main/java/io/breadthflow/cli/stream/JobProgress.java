package io.breadthflow.cli.stream;

import io.breadthflow.app.stream.StreamRun;
import io.breadthflow.core.live.PipelineCounters;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * Follows a running job until it ends, its duration is up or the process is interrupted (then it
 * stops the job with a final savepoint): a live status line on a terminal, and a summary at the
 * end.
 */
final class JobProgress {
  private final PrintWriter err;
  private final String command;
  private final boolean terminal = System.console() != null;

  JobProgress(PrintWriter err, String command) {
    this.err = err;
    this.command = command;
  }

  /** Waits for the job (at most {@code duration}, null for no limit), then stops it if needed. */
  void follow(StreamRun job, Duration duration) throws Exception {
    long started = System.nanoTime();
    long deadline = duration == null ? Long.MAX_VALUE : started + duration.toNanos();
    Thread hook = new Thread(() -> stopQuietly(job));
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      boolean finished = false;
      while (!finished && System.nanoTime() < deadline) {
        long wait = Math.min(1_000_000_000L, deadline - System.nanoTime());
        finished = job.awaitFinish(Duration.ofNanos(Math.max(1, wait)));
        if (terminal) {
          err.print("\r" + status(job.counters(), started));
          err.flush();
        }
      }
      if (!finished) {
        job.stop();
      }
    } finally {
      Runtime.getRuntime().removeShutdownHook(hook);
    }
    if (terminal) {
      err.println();
    }
    err.println(command + ": " + status(job.counters(), started));
    err.flush();
  }

  private static String status(PipelineCounters counters, long started) {
    double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
    return String.format(
        Locale.ROOT,
        "%.0f s · trades %,d (%,.0f/s) · bars %,d · alerts %,d · quarantined %,d · late %,d",
        seconds,
        counters.tradesProcessed(),
        counters.tradesProcessed() / seconds,
        counters.barsEmitted(),
        counters.alertsRaised(),
        counters.tradesQuarantined(),
        counters.lateTrades());
  }

  private static void stopQuietly(StreamRun job) {
    try {
      job.stop();
    } catch (Exception e) {
      // the process is exiting; the latest checkpoint is retained either way
    }
  }
}
