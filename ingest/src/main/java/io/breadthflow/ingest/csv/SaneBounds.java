package io.breadthflow.ingest.csv;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The dates and times a parser accepts as real market data: session dates from {@link #FIRST_DATE}
 * to {@link #LAST_DATE}, and trade or bar instants on those UTC dates. A row beyond them is
 * quarantined (files) or skipped and counted (provider replies), never stored: such a time is a
 * parsing or unit error (seconds read as milliseconds), and in a stream it would overflow epoch
 * milliseconds or move the watermark to the end of time, making every later trade late. Prices and
 * volumes have their bounds in {@link io.breadthflow.core.quality.BarValidator}.
 */
public final class SaneBounds {
  /** First accepted session date. */
  public static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);

  /** Last accepted session date. */
  public static final LocalDate LAST_DATE = LocalDate.of(2099, 12, 31);

  private static final Instant FIRST_INSTANT = FIRST_DATE.atStartOfDay(ZoneOffset.UTC).toInstant();
  private static final Instant END_INSTANT =
      LAST_DATE.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

  private SaneBounds() {}

  /** True when {@code date} lies from {@link #FIRST_DATE} to {@link #LAST_DATE}. */
  public static boolean covers(LocalDate date) {
    return !date.isBefore(FIRST_DATE) && !date.isAfter(LAST_DATE);
  }

  /** True when {@code time} lies on a UTC date from {@link #FIRST_DATE} to {@link #LAST_DATE}. */
  public static boolean covers(Instant time) {
    return !time.isBefore(FIRST_INSTANT) && time.isBefore(END_INSTANT);
  }

  /** True when {@code seconds} since the epoch lie within {@link #covers(Instant)}. */
  public static boolean coversEpochSecond(long seconds) {
    return seconds >= FIRST_INSTANT.getEpochSecond() && seconds < END_INSTANT.getEpochSecond();
  }

  /** True when {@code millis} since the epoch lie within {@link #covers(Instant)}. */
  public static boolean coversEpochMilli(long millis) {
    return millis >= FIRST_INSTANT.toEpochMilli() && millis < END_INSTANT.toEpochMilli();
  }
}
