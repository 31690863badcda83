package io.breadthflow.cli.progress;

import java.io.PrintWriter;

/**
 * A one-line progress bar on standard error, redrawn in place: {@code [#####-----] 120/505 AAPL}.
 * Silent when standard error is not a terminal (pipes, CI, tests), so output stays clean.
 */
public final class ProgressBar {
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final boolean enabled;
  private final long total;
  private final String label;
  private long done;

  private ProgressBar(PrintWriter err, boolean enabled, String label, long total) {
    this.err = err;
    this.enabled = enabled;
    this.label = label;
    this.total = Math.max(total, 1);
  }

  /** A bar that draws only when the process has a terminal. */
  public static ProgressBar onTerminal(PrintWriter err, String label, long total) {
    return new ProgressBar(err, System.console() != null, label, total);
  }

  /** Advances by one step and shows {@code item}. */
  public void step(String item) {
    done++;
    if (enabled) {
      int filled = (int) (WIDTH * Math.min(done, total) / total);
      err.print(
          "\r"
              + label
              + " ["
              + "#".repeat(filled)
              + "-".repeat(WIDTH - filled)
              + "] "
              + done
              + "/"
              + total
              + " "
              + item
              + "   ");
      err.flush();
    }
  }

  /** Ends the line so later output starts cleanly. */
  public void finish() {
    if (enabled) {
      err.println();
      err.flush();
    }
  }
}
