package io.breadthflow.app.signals;

import io.breadthflow.app.data.FetchReport;
import io.breadthflow.app.run.RunOutcome;
import io.breadthflow.core.signal.SignalAction;
import java.util.Map;
import java.util.Optional;

/**
 * What signal generation produced.
 *
 * @param request what was asked
 * @param signals signals computed
 * @param symbols symbols with at least one signal
 * @param changed rows inserted or changed in the store (0 on a repeat)
 * @param actions signals per action
 * @param fetched what was fetched first, when asked
 */
public record SignalReport(
    SignalRequest request,
    int signals,
    long symbols,
    long changed,
    Map<SignalAction, Long> actions,
    Optional<FetchReport> fetched)
    implements RunOutcome {

  /** Signals of {@code action}. */
  public long count(SignalAction action) {
    return actions.getOrDefault(action, 0L);
  }

  @Override
  public Map<String, Object> counts() {
    return Map.of("signals", signals, "symbols", symbols, "changed", changed);
  }
}
