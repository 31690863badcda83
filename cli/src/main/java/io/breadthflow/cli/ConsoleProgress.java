package io.breadthflow.cli;

import io.breadthflow.app.run.Progress;
import io.breadthflow.cli.progress.ProgressBar;
import java.io.PrintWriter;

/**
 * A use case's progress on standard error: a progress bar per phase (drawn only on a terminal) and
 * notes as lines.
 */
public final class ConsoleProgress implements Progress {
  private final PrintWriter err;
  private ProgressBar bar;

  public ConsoleProgress(PrintWriter err) {
    this.err = err;
  }

  @Override
  public synchronized void begin(String label, long total) {
    bar = ProgressBar.onTerminal(err, label, total);
  }

  @Override
  public synchronized void step(String item) {
    if (bar != null) {
      bar.step(item);
    }
  }

  @Override
  public synchronized void end() {
    if (bar != null) {
      bar.finish();
      bar = null;
    }
  }

  @Override
  public synchronized void note(String line) {
    err.println(line);
    err.flush();
  }
}
