package io.breadthflow.core.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The New York Stock Exchange trading calendar for 2000–2030, in America/New_York.
 *
 * <p>Regular sessions run 09:30–16:00; early closes at 13:00. Holidays follow NYSE Rule 7.2: New
 * Year's Day, Martin Luther King Jr. Day (third Monday of January), Washington's Birthday (third
 * Monday of February), Good Friday, Memorial Day (last Monday of May), Juneteenth (from 2022),
 * Independence Day, Labor Day (first Monday of September), Thanksgiving (fourth Thursday of
 * November) and Christmas. A holiday on a Saturday is observed the Friday before, except New Year's
 * Day (no closure on 31 December); one on a Sunday the Monday after. Special closures: 11–14
 * September 2001, 11 June 2004 (Reagan), 2 January 2007 (Ford), 29–30 October 2012 (Sandy), 5
 * December 2018 (G.H.W. Bush), 9 January 2025 (Carter). Early closes: the day after Thanksgiving,
 * Christmas Eve on Monday–Thursday, 3 July on Monday, Tuesday or Thursday (and on Wednesday from
 * 2013), and Friday 5 July before 2013.
 *
 * <p>The calendar is precomputed once; all methods are thread-safe and allocation-light.
 */
public final class NyseCalendar {
  /** The exchange's time zone. */
  public static final ZoneId ZONE = ZoneId.of("America/New_York");

  /** First date the calendar covers. */
  public static final LocalDate FIRST_DATE = LocalDate.of(2000, 1, 1);

  /** Last date the calendar covers. */
  public static final LocalDate LAST_DATE = LocalDate.of(2030, 12, 31);

  private static final LocalTime OPEN = LocalTime.of(9, 30);
  private static final LocalTime CLOSE = LocalTime.of(16, 0);
  private static final LocalTime EARLY_CLOSE = LocalTime.of(13, 0);

  private static final byte CLOSED = 0;
  private static final byte FULL_DAY = 1;
  private static final byte HALF_DAY = 2;

  private static final Set<LocalDate> SPECIAL_CLOSURES =
      Set.of(
          LocalDate.of(2001, 9, 11),
          LocalDate.of(2001, 9, 12),
          LocalDate.of(2001, 9, 13),
          LocalDate.of(2001, 9, 14),
          LocalDate.of(2004, 6, 11),
          LocalDate.of(2007, 1, 2),
          LocalDate.of(2012, 10, 29),
          LocalDate.of(2012, 10, 30),
          LocalDate.of(2018, 12, 5),
          LocalDate.of(2025, 1, 9));

  private static final long FIRST_EPOCH_DAY = FIRST_DATE.toEpochDay();
  private static final byte[] STATUS = buildStatusTable();

  private NyseCalendar() {}

  /** True when the exchange holds a regular session on {@code date}. */
  public static boolean isTradingDay(LocalDate date) {
    return status(date) != CLOSED;
  }

  /** True when {@code date} is a weekday on which the exchange is closed. */
  public static boolean isHoliday(LocalDate date) {
    return status(date) == CLOSED && !isWeekend(date);
  }

  /** True when the session on {@code date} closes early, at 13:00 New York time. */
  public static boolean isEarlyClose(LocalDate date) {
    return status(date) == HALF_DAY;
  }

  /** The session on {@code date}, or empty when the exchange is closed that day. */
  public static Optional<Session> session(LocalDate date) {
    byte status = status(date);
    if (status == CLOSED) {
      return Optional.empty();
    }
    boolean early = status == HALF_DAY;
    Instant close = date.atTime(early ? EARLY_CLOSE : CLOSE).atZone(ZONE).toInstant();
    return Optional.of(new Session(date, regularOpen(date), close, early));
  }

  /** The instant of 09:30 New York time on {@code date}, whether or not it is a trading day. */
  public static Instant regularOpen(LocalDate date) {
    return date.atTime(OPEN).atZone(ZONE).toInstant();
  }

  /** The New York calendar date of {@code instant}. */
  public static LocalDate sessionDateOf(Instant instant) {
    return LocalDate.ofInstant(instant, ZONE);
  }

  /** The first trading day strictly after {@code date}. */
  public static LocalDate nextTradingDay(LocalDate date) {
    LocalDate day = date.plusDays(1);
    while (!isTradingDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  /** The last trading day strictly before {@code date}. */
  public static LocalDate previousTradingDay(LocalDate date) {
    LocalDate day = date.minusDays(1);
    while (!isTradingDay(day)) {
      day = day.minusDays(1);
    }
    return day;
  }

  /** The trading days from {@code from} to {@code to}, both inclusive, in order. */
  public static List<LocalDate> tradingDays(LocalDate from, LocalDate to) {
    checkInRange(from);
    checkInRange(to);
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      if (isTradingDay(day)) {
        days.add(day);
      }
    }
    return days;
  }

  /** True when {@code date} lies within the years the calendar covers. */
  public static boolean covers(LocalDate date) {
    return !date.isBefore(FIRST_DATE) && !date.isAfter(LAST_DATE);
  }

  private static byte status(LocalDate date) {
    checkInRange(date);
    return STATUS[(int) (date.toEpochDay() - FIRST_EPOCH_DAY)];
  }

  private static void checkInRange(LocalDate date) {
    if (!covers(date)) {
      throw new IllegalArgumentException(
          "date must be between " + FIRST_DATE + " and " + LAST_DATE + " but was " + date);
    }
  }

  private static boolean isWeekend(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
  }

  private static byte[] buildStatusTable() {
    byte[] table = new byte[(int) (LAST_DATE.toEpochDay() - FIRST_EPOCH_DAY + 1)];
    for (LocalDate day = FIRST_DATE; !day.isAfter(LAST_DATE); day = day.plusDays(1)) {
      int index = (int) (day.toEpochDay() - FIRST_EPOCH_DAY);
      if (isWeekend(day) || isHolidayByRule(day) || SPECIAL_CLOSURES.contains(day)) {
        table[index] = CLOSED;
      } else {
        table[index] = isEarlyCloseByRule(day) ? HALF_DAY : FULL_DAY;
      }
    }
    return table;
  }

  private static boolean isHolidayByRule(LocalDate day) {
    int year = day.getYear();
    return day.equals(newYearsDayObserved(year))
        || day.equals(nthWeekday(year, Month.JANUARY, 3, DayOfWeek.MONDAY))
        || day.equals(nthWeekday(year, Month.FEBRUARY, 3, DayOfWeek.MONDAY))
        || day.equals(easterSunday(year).minusDays(2))
        || day.equals(
            LocalDate.of(year, Month.MAY, 31)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)))
        || (year >= 2022 && day.equals(observed(LocalDate.of(year, Month.JUNE, 19))))
        || day.equals(observed(LocalDate.of(year, Month.JULY, 4)))
        || day.equals(nthWeekday(year, Month.SEPTEMBER, 1, DayOfWeek.MONDAY))
        || day.equals(nthWeekday(year, Month.NOVEMBER, 4, DayOfWeek.THURSDAY))
        || day.equals(observed(LocalDate.of(year, Month.DECEMBER, 25)));
  }

  private static boolean isEarlyCloseByRule(LocalDate day) {
    int year = day.getYear();
    DayOfWeek weekday = day.getDayOfWeek();
    if (day.equals(nthWeekday(year, Month.NOVEMBER, 4, DayOfWeek.THURSDAY).plusDays(1))) {
      return true;
    }
    if (day.getMonth() == Month.DECEMBER && day.getDayOfMonth() == 24) {
      return weekday.getValue() <= DayOfWeek.THURSDAY.getValue();
    }
    if (day.getMonth() == Month.JULY && day.getDayOfMonth() == 3) {
      return weekday == DayOfWeek.MONDAY
          || weekday == DayOfWeek.TUESDAY
          || weekday == DayOfWeek.THURSDAY
          || (weekday == DayOfWeek.WEDNESDAY && year >= 2013);
    }
    return day.getMonth() == Month.JULY
        && day.getDayOfMonth() == 5
        && weekday == DayOfWeek.FRIDAY
        && year < 2013;
  }

  /** New Year's Day, moved to Monday from a Sunday; a Saturday New Year is not observed. */
  private static LocalDate newYearsDayObserved(int year) {
    LocalDate day = LocalDate.of(year, Month.JANUARY, 1);
    return day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.plusDays(1) : day;
  }

  private static LocalDate observed(LocalDate holiday) {
    return switch (holiday.getDayOfWeek()) {
      case SATURDAY -> holiday.minusDays(1);
      case SUNDAY -> holiday.plusDays(1);
      default -> holiday;
    };
  }

  private static LocalDate nthWeekday(int year, Month month, int n, DayOfWeek weekday) {
    return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, weekday));
  }

  /** Gregorian Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(year, month, day);
  }
}
