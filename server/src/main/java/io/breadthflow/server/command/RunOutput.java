package io.breadthflow.server.command;

import io.breadthflow.app.run.Progress;
import io.breadthflow.core.live.LiveEvent;
import io.breadthflow.core.live.LiveHub;
import java.util.Map;

/**
 * A command run's output: each line (notes, phase starts and ends) is kept and pushed on the {@code
 * runs} live channel; progress steps are not lines.
 */
final class RunOutput implements Progress {
  private final long run;
  private final StringBuffer output;
  private final LiveHub live;

  RunOutput(long run, StringBuffer output, LiveHub live) {
    this.run = run;
    this.output = output;
    this.live = live;
  }

  @Override
  public void begin(String label, long total) {
    line(label + " (" + total + ")…");
  }

  @Override
  public void step(String item) {}

  @Override
  public void end() {}

  @Override
  public void note(String line) {
    line(line);
  }

  /** Adds a line to the output and pushes it. */
  void line(String text) {
    output.append(text).append('\n');
    live.publish(new LiveEvent("runs", "", Map.of("id", run, "line", text)));
  }
}
