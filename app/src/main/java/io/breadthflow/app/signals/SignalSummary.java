package io.breadthflow.app.signals;

import io.breadthflow.app.run.RunOutcome;
import io.breadthflow.store.SignalTally;
import java.util.List;
import java.util.Map;

/**
 * Stored signals per strategy and action, with their date range.
 *
 * @param tallies one row per strategy and action
 */
public record SignalSummary(List<SignalTally> tallies) implements RunOutcome {
  public SignalSummary {
    tallies = List.copyOf(tallies);
  }

  @Override
  public Map<String, Object> counts() {
    return Map.of("rows", tallies.size());
  }
}
