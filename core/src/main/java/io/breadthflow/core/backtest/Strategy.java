package io.breadthflow.core.backtest;

import java.util.List;

/**
 * A trading rule decided on each session's close. The backtester calls {@link #onClose} once per
 * session in time order with that session's bars only, so a strategy sees no later bar (the
 * no-look-ahead tests prove it). Orders decided here fill at the next session's open.
 */
public interface Strategy {

  /** Called once before the first session with the symbols of the run (index s everywhere). */
  void start(List<String> symbols);

  /**
   * Writes the wanted direction of every symbol after the close of {@code session}: 1 long, 0 flat,
   * −1 short (short is taken as flat in a long-only run).
   */
  void onClose(SessionBars session, int[] direction);
}
