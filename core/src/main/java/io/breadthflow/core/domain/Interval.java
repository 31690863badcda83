package io.breadthflow.core.domain;

import java.time.Duration;
import java.util.Locale;

/**
 * Bar intervals BreadthFlow aggregates to. Codes are the ones users type: {@code 1m}, {@code 1d}.
 */
public enum Interval {
  ONE_MINUTE("1m", Duration.ofMinutes(1)),
  FIVE_MINUTES("5m", Duration.ofMinutes(5)),
  FIFTEEN_MINUTES("15m", Duration.ofMinutes(15)),
  ONE_HOUR("1h", Duration.ofHours(1)),
  ONE_DAY("1d", Duration.ofDays(1));

  private final String code;
  private final Duration length;

  Interval(String code, Duration length) {
    this.code = code;
    this.length = length;
  }

  /** The short code, e.g. {@code 5m}. */
  public String code() {
    return code;
  }

  /** Nominal length; a daily bar spans one trading session, whatever its clock length. */
  public Duration length() {
    return length;
  }

  /** True for intervals shorter than a session. */
  public boolean isIntraday() {
    return this != ONE_DAY;
  }

  /**
   * Parses a code such as {@code 1m} or {@code 1d} (case-insensitive).
   *
   * @throws IllegalArgumentException naming the accepted codes when {@code code} is unknown
   */
  public static Interval parse(String code) {
    if (code != null) {
      String wanted = code.trim().toLowerCase(Locale.ROOT);
      for (Interval interval : values()) {
        if (interval.code.equals(wanted)) {
          return interval;
        }
      }
    }
    throw new IllegalArgumentException(
        "interval must be one of 1m, 5m, 15m, 1h, 1d but was '" + code + "'");
  }

  @Override
  public String toString() {
    return code;
  }
}
