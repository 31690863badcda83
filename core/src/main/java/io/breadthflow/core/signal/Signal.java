package io.breadthflow.core.signal;

import java.time.LocalDate;
import java.util.List;

/**
 * A composite trading signal for one symbol on one session's close.
 *
 * @param symbol the instrument
 * @param date the session whose close it was computed on
 * @param strategy name of the weights used
 * @param score Σ weight·component / Σ weight over the available components, in [−1, 1]
 * @param action BUY at or above the buy threshold, SELL at or below the sell threshold, else HOLD
 * @param confidence in [0, 1]: see {@link SignalEngine}
 * @param reasons the available components, largest |contribution| first
 */
public record Signal(
    String symbol,
    LocalDate date,
    String strategy,
    double score,
    SignalAction action,
    double confidence,
    List<SignalComponent> reasons) {

  public Signal {
    reasons = List.copyOf(reasons);
  }
}
