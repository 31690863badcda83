package io.breadthflow.core.rule;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * When a rule may fire, as wall-clock times in the owner's time zone: from {@code from} (inclusive)
 * to {@code to} (exclusive); a window with {@code from} after {@code to} spans midnight
 * (22:00–06:00), and {@code from} equal to {@code to} is the whole day. Read on the bar's start in
 * {@code zone}, so daylight-saving changes move the window with the zone's clocks.
 *
 * @param from first active time of day
 * @param to first inactive time of day
 * @param zone the owner's time zone
 */
public record ActiveHours(LocalTime from, LocalTime to, ZoneId zone) implements Serializable {
  public ActiveHours {
    Objects.requireNonNull(from, "active hours 'from'");
    Objects.requireNonNull(to, "active hours 'to'");
    Objects.requireNonNull(zone, "time zone");
  }

  /** The whole day in {@code zone}. */
  public static ActiveHours allDay(ZoneId zone) {
    return new ActiveHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, zone);
  }

  /** True when every time of day is active. */
  public boolean isAllDay() {
    return from.equals(to);
  }

  /** True when {@code time}, read in {@link #zone()}, falls in the window. */
  public boolean contains(Instant time) {
    if (isAllDay()) {
      return true;
    }
    LocalTime local = time.atZone(zone).toLocalTime();
    if (from.isBefore(to)) {
      return !local.isBefore(from) && local.isBefore(to);
    }
    return !local.isBefore(from) || local.isBefore(to);
  }
}
