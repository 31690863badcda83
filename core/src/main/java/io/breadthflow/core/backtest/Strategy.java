package io.breadthflow.core.backtest;

import io.breadthflow.core.domain.DailyPanel;

/**
 * A trading rule decided on each session's close. The backtester calls {@link #onClose} once per
 * session in time order with that session's index only, so a strategy cannot see later bars: it
 * must read {@code panel} at {@code t} or earlier (the no-look-ahead tests prove the built-in ones
 * do). Orders decided here fill at the next session's open.
 */
public interface Strategy {

  /** Called once before the first session with the panel the run covers. */
  void start(DailyPanel panel);

  /**
   * Writes the wanted direction of every symbol after the close of session {@code t}: 1 long, 0
   * flat, −1 short (short is taken as flat in a long-only run).
   */
  void onClose(int t, int[] direction);
}
