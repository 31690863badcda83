package io.breadthflow.store;

import io.breadthflow.core.signal.SignalAction;
import java.time.LocalDate;

/**
 * Which stored signals to read; {@code null} fields do not filter.
 *
 * @param strategy strategy name
 * @param symbol one symbol
 * @param from first session (inclusive)
 * @param to last session (inclusive)
 * @param action one action
 * @param limit most rows returned, newest sessions first when limited; 0 for all
 */
public record SignalFilter(
    String strategy, String symbol, LocalDate from, LocalDate to, SignalAction action, int limit) {

  /** Every stored signal. */
  public static SignalFilter all() {
    return new SignalFilter(null, null, null, null, null, 0);
  }
}
