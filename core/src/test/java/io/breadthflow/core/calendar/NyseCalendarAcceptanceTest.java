package io.breadthflow.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.core.support.DailySeries;
import io.breadthflow.core.support.SharedData;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Acceptance: the calendar's sessions are exactly the dates of real exchange data. */
class NyseCalendarAcceptanceTest {

  @Test
  void sessionsFrom2013To2018AreExactlyTheDatesAppleTraded() throws Exception {
    DailySeries aapl =
        DailySeries.read(SharedData.require("market/daily_sp500_2013_2018/AAPL.csv"));
    assertThat(NyseCalendar.tradingDays(LocalDate.of(2013, 2, 8), LocalDate.of(2018, 2, 7)))
        .containsExactlyElementsOf(Arrays.asList(aapl.dates()));
  }

  @Test
  void sessionsFrom1998To2021AreExactlyTheDatesSpyTraded() throws Exception {
    DailySeries spy =
        DailySeries.read(SharedData.require("market/lean_daily_unadjusted_1998_2021/SPY.csv"));
    LocalDate[] since2000 =
        Arrays.stream(spy.dates()).filter(NyseCalendar::covers).toArray(LocalDate[]::new);
    assertThat(NyseCalendar.tradingDays(LocalDate.of(2000, 1, 1), LocalDate.of(2021, 3, 31)))
        .containsExactly(since2000);
  }
}
