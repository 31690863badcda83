package io.breadthflow.core.calendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One NYSE regular trading session.
 *
 * @param date the session date in America/New_York
 * @param open the opening bell (UTC instant of 09:30 New York time)
 * @param close the closing bell (UTC instant of 16:00, or 13:00 on an early close)
 * @param earlyClose true when the exchange closes at 13:00
 */
public record Session(LocalDate date, Instant open, Instant close, boolean earlyClose) {

  /** True when {@code instant} is within the regular session: open inclusive, close exclusive. */
  public boolean contains(Instant instant) {
    return !instant.isBefore(open) && instant.isBefore(close);
  }
}
