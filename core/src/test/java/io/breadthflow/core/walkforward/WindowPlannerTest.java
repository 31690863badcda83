package io.breadthflow.core.walkforward;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowPlannerTest {
  private static final LocalDate START = LocalDate.of(2020, 1, 1);
  private static final LocalDate END = LocalDate.of(2022, 12, 31);

  static LocalDate[] weekdays(LocalDate from, LocalDate to) {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        days.add(d);
      }
    }
    return days.toArray(LocalDate[]::new);
  }

  @Test
  void rollingWindowsSlideByTheTestLengthAndTheirTestsTileTheRangeAfterTheFirstTraining() {
    LocalDate[] sessions = weekdays(START, END);
    List<WalkForwardWindow> windows =
        WindowPlanner.plan(
            sessions, START, END, Period.ofYears(1), Period.ofMonths(6), WindowMode.ROLLING);

    assertThat(windows).hasSize(4);
    assertThat(windows)
        .extracting(WalkForwardWindow::testStart)
        .containsExactly(
            LocalDate.of(2021, 1, 1),
            LocalDate.of(2021, 7, 1),
            LocalDate.of(2022, 1, 3),
            LocalDate.of(2022, 7, 1));
    assertThat(windows)
        .extracting(WalkForwardWindow::trainStart)
        .containsExactly(
            LocalDate.of(2020, 1, 1),
            LocalDate.of(2020, 7, 1),
            LocalDate.of(2021, 1, 1),
            LocalDate.of(2021, 7, 1));
    for (int k = 0; k < windows.size(); k++) {
      WalkForwardWindow w = windows.get(k);
      assertThat(w.index()).isEqualTo(k);
      assertThat(w.testFrom()).isEqualTo(w.trainTo());
      assertThat(sessions[w.trainTo() - 1]).isEqualTo(w.trainEnd()).isBefore(w.testStart());
      assertThat(w.trainEnd()).isBefore(w.trainStart().plusYears(1));
      if (k > 0) {
        assertThat(w.testFrom()).isEqualTo(windows.get(k - 1).testTo());
      }
    }
    assertThat(windows.get(3).testEnd()).isEqualTo(LocalDate.of(2022, 12, 30));
    assertThat(windows.get(3).testTo()).isEqualTo(sessions.length);
  }

  @Test
  void anchoredWindowsAllTrainFromTheStartOfTheRange() {
    LocalDate[] sessions = weekdays(START, END);
    List<WalkForwardWindow> windows =
        WindowPlanner.plan(
            sessions, START, END, Period.ofYears(1), Period.ofMonths(6), WindowMode.ANCHORED);

    assertThat(windows).hasSize(4).allMatch(w -> w.trainFrom() == 0);
    assertThat(windows)
        .extracting(WalkForwardWindow::trainSessions)
        .isSorted()
        .doesNotHaveDuplicates();
  }

  @Test
  void theLastTestWindowIsClippedToTheEndOfTheRange() {
    LocalDate end = LocalDate.of(2021, 9, 30);
    LocalDate[] sessions = weekdays(START, END);
    List<WalkForwardWindow> windows =
        WindowPlanner.plan(
            sessions, START, end, Period.ofYears(1), Period.ofMonths(6), WindowMode.ROLLING);

    assertThat(windows).hasSize(2);
    assertThat(windows.get(1).testStart()).isEqualTo(LocalDate.of(2021, 7, 1));
    assertThat(windows.get(1).testEnd()).isEqualTo(end);
  }

  @Test
  void aRangeShorterThanTrainingPlusTwoTestSessionsHasNoWindow() {
    LocalDate[] sessions = weekdays(START, END);

    assertThat(
            WindowPlanner.plan(
                sessions,
                START,
                LocalDate.of(2021, 1, 1),
                Period.ofYears(1),
                Period.ofMonths(1),
                WindowMode.ROLLING))
        .isEmpty();
  }
}
