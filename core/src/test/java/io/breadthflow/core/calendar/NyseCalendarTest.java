package io.breadthflow.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NyseCalendarTest {

  @ParameterizedTest(name = "{0} is a holiday ({1})")
  @CsvSource({
    "2013-01-01, New Year's Day",
    "2014-04-18, Good Friday",
    "2015-07-03, Independence Day observed on Friday",
    "2016-12-26, Christmas observed on Monday",
    "2017-01-16, Martin Luther King Jr. Day",
    "2018-12-05, national day of mourning for G.H.W. Bush",
    "2012-10-29, Hurricane Sandy",
    "2012-10-30, Hurricane Sandy",
    "2001-09-11, September 11",
    "2001-09-14, September 11",
    "2004-06-11, Reagan funeral",
    "2007-01-02, Ford funeral",
    "2022-06-20, Juneteenth observed on Monday",
    "2023-06-19, Juneteenth",
    "2025-01-09, Carter funeral",
    "2024-11-28, Thanksgiving",
    "2020-05-25, Memorial Day",
    "2021-09-06, Labor Day",
    "2019-02-18, Washington's Birthday",
    "2027-06-18, Juneteenth observed on Friday",
  })
  void holidaysAreClosed(LocalDate date, String why) {
    assertThat(NyseCalendar.isTradingDay(date)).as(why).isFalse();
    assertThat(NyseCalendar.isHoliday(date)).isTrue();
    assertThat(NyseCalendar.session(date)).isEmpty();
  }

  @ParameterizedTest(name = "{0} is a trading day ({1})")
  @CsvSource({
    "2021-12-31, New Year's Day on Saturday is not observed on Friday",
    "2013-02-08, first day of the S&P 500 data set",
    "2021-06-18, Juneteenth was no holiday before 2022",
    "2010-12-31, New Year's Day 2011 on Saturday",
  })
  void regularDaysAreOpen(LocalDate date, String why) {
    assertThat(NyseCalendar.isTradingDay(date)).as(why).isTrue();
  }

  @ParameterizedTest(name = "{0} closes at 13:00")
  @CsvSource({"2019-11-29", "2024-12-24", "2019-07-03", "2017-07-03", "2025-07-03", "2002-07-05"})
  void earlyClosesEndAtOnePm(LocalDate date) {
    Session session = NyseCalendar.session(date).orElseThrow();
    assertThat(session.earlyClose()).isTrue();
    assertThat(session.close().atZone(NyseCalendar.ZONE).getHour()).isEqualTo(13);
  }

  @Test
  void wednesdayThirdOfJulyWasAFullDayBefore2013() {
    assertThat(NyseCalendar.isEarlyClose(LocalDate.of(2002, 7, 3))).isFalse();
    assertThat(NyseCalendar.isEarlyClose(LocalDate.of(2013, 7, 3))).isTrue();
  }

  @Test
  void sessionsFollowDaylightSavingTime() {
    Session winter = NyseCalendar.session(LocalDate.of(2016, 1, 4)).orElseThrow();
    Session summer = NyseCalendar.session(LocalDate.of(2016, 7, 5)).orElseThrow();
    assertThat(winter.open()).isEqualTo(Instant.parse("2016-01-04T14:30:00Z"));
    assertThat(winter.close()).isEqualTo(Instant.parse("2016-01-04T21:00:00Z"));
    assertThat(summer.open()).isEqualTo(Instant.parse("2016-07-05T13:30:00Z"));
    assertThat(summer.contains(Instant.parse("2016-07-05T19:59:59Z"))).isTrue();
    assertThat(summer.contains(Instant.parse("2016-07-05T20:00:00Z"))).isFalse();
  }

  @ParameterizedTest(name = "{0} has {1} sessions")
  @CsvSource({
    "2001, 248",
    "2012, 250",
    "2016, 252",
    "2018, 251",
    "2019, 252",
    "2020, 253",
    "2022, 251",
    "2023, 250"
  })
  void yearsHaveTheirPublishedNumberOfSessions(int year, int sessions) {
    assertThat(NyseCalendar.tradingDays(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
        .hasSize(sessions);
  }

  @Test
  void nextAndPreviousTradingDaySkipHolidaysAndWeekends() {
    assertThat(NyseCalendar.nextTradingDay(LocalDate.of(2015, 7, 2))).isEqualTo("2015-07-06");
    assertThat(NyseCalendar.previousTradingDay(LocalDate.of(2014, 4, 21))).isEqualTo("2014-04-17");
  }

  @Test
  void easterIsComputedForKnownYears() {
    assertThat(NyseCalendar.easterSunday(2000)).isEqualTo("2000-04-23");
    assertThat(NyseCalendar.easterSunday(2019)).isEqualTo("2019-04-21");
    assertThat(NyseCalendar.easterSunday(2030)).isEqualTo("2030-04-21");
  }

  @Test
  void datesOutsideTheCoveredYearsAreRejected() {
    assertThatThrownBy(() -> NyseCalendar.isTradingDay(LocalDate.of(1999, 12, 31)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("between 2000-01-01 and 2030-12-31");
  }
}
