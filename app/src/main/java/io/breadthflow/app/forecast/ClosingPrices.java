package io.breadthflow.app.forecast;

import io.breadthflow.core.domain.DailyPanel;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * One symbol's stored closes in session order, the sessions it has no bar on left out: a model sees
 * a series of trading sessions, so a gap in the stored history shortens the series rather than
 * inventing values.
 *
 * @param symbol the instrument
 * @param sessions the sessions with a close, ascending
 * @param closes the closes on those sessions
 */
public record ClosingPrices(String symbol, LocalDate[] sessions, double[] closes) {

  /** The closes of symbol index {@code s} of {@code panel}. */
  public static ClosingPrices of(DailyPanel panel, int s) {
    double[] row = panel.close()[s];
    LocalDate[] sessions = new LocalDate[row.length];
    double[] closes = new double[row.length];
    int n = 0;
    for (int t = 0; t < row.length; t++) {
      if (panel.has(s, t)) {
        sessions[n] = panel.sessions()[t];
        closes[n++] = row[t];
      }
    }
    return new ClosingPrices(
        panel.symbols().get(s), Arrays.copyOf(sessions, n), Arrays.copyOf(closes, n));
  }

  /** Number of closes. */
  public int size() {
    return closes.length;
  }

  /** The last session with a close. */
  public LocalDate lastSession() {
    return sessions[sessions.length - 1];
  }

  /** The last close. */
  public double lastClose() {
    return closes[closes.length - 1];
  }
}
