package io.breadthflow.server.command;

import io.breadthflow.app.run.RunOutcome;
import java.util.Map;

/** A finished command of the command API: its output is kept with the run, not in the counts. */
record ExecuteOutcome() implements RunOutcome {
  @Override
  public Map<String, Object> counts() {
    return Map.of("exit", 0);
  }
}
