package io.breadthflow.app.run;

import java.util.Map;

/**
 * What a use case's result tells its run record: the counts stored with it and whether it was
 * complete. A result that is only partly complete (some symbols or files failed, the rest kept)
 * ends its run FAILED with {@link #problem()} and lets the CLI exit with code 3.
 */
public interface RunOutcome {
  /** What the run processed, stored as JSON with the run. */
  Map<String, Object> counts();

  /** Whether every part succeeded. */
  default Completion completion() {
    return Completion.COMPLETE;
  }

  /** What went wrong with the parts that failed; empty when complete. */
  default String problem() {
    return "";
  }

  /** Whether a result is whole. */
  enum Completion {
    COMPLETE,
    PARTIAL
  }
}
