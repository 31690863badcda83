package io.breadthflow.app.notify;

import io.breadthflow.app.UseCaseException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Hours of the day, in the user's zone, when nothing is delivered: a notification due then waits
 * until {@code to}. {@code to} before {@code from} spans midnight (22:00 to 07:00).
 *
 * @param from the first quiet minute
 * @param to the first minute deliveries resume
 */
public record QuietHours(LocalTime from, LocalTime to) {
  public QuietHours {
    UseCaseException.required(from, "the start of quiet hours");
    UseCaseException.required(to, "the end of quiet hours");
    if (from.equals(to)) {
      throw UseCaseException.invalid("quiet hours must not start and end at the same time");
    }
  }

  /** When deliveries due at {@code now} may go: {@code now} itself outside quiet hours. */
  public Instant releaseAt(Instant now, ZoneId zone) {
    ZonedDateTime local = now.atZone(zone);
    LocalTime time = local.toLocalTime();
    LocalDate day = local.toLocalDate();
    boolean spansMidnight = to.isBefore(from);
    boolean quiet =
        spansMidnight
            ? !time.isBefore(from) || time.isBefore(to)
            : !time.isBefore(from) && time.isBefore(to);
    if (!quiet) {
      return now;
    }
    LocalDate endDay = spansMidnight && !time.isBefore(from) ? day.plusDays(1) : day;
    return ZonedDateTime.of(endDay, to, zone).toInstant();
  }
}
