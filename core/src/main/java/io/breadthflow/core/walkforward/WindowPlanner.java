package io.breadthflow.core.walkforward;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Plans a walk-forward over session dates. Step k tests the calendar span {@code [start + train +
 * k·test, start + train + (k+1)·test)}, clipped to {@code end}; it trains on the span before it,
 * {@code [start + k·test, …)} when {@link WindowMode#ROLLING} or {@code [start, …)} when {@link
 * WindowMode#ANCHORED}. The step is the test length, so test windows tile the range after the first
 * training window without overlap. Spans are mapped to the sessions inside them; the last test
 * window may be shorter, and steps with fewer than 2 training or test sessions are left out.
 */
public final class WindowPlanner {
  private WindowPlanner() {}

  /**
   * The windows over {@code sessions} (ascending) between {@code start} and {@code end}
   * (inclusive); empty when the range is too short for one.
   */
  public static List<WalkForwardWindow> plan(
      LocalDate[] sessions,
      LocalDate start,
      LocalDate end,
      Period train,
      Period test,
      WindowMode mode) {
    if (train.isNegative() || train.isZero() || test.isNegative() || test.isZero()) {
      throw new IllegalArgumentException("train and test lengths must be positive");
    }
    List<WalkForwardWindow> windows = new ArrayList<>();
    LocalDate afterEnd = end.plusDays(1);
    for (int k = 0; ; k++) {
      LocalDate testBegin = start.plus(train).plus(test.multipliedBy(k));
      if (testBegin.isAfter(end)) {
        return windows;
      }
      LocalDate testFinish = start.plus(train).plus(test.multipliedBy(k + 1));
      if (testFinish.isAfter(afterEnd)) {
        testFinish = afterEnd;
      }
      LocalDate trainBegin = mode == WindowMode.ROLLING ? start.plus(test.multipliedBy(k)) : start;
      int trainFrom = firstOnOrAfter(sessions, trainBegin);
      int testFrom = firstOnOrAfter(sessions, testBegin);
      int testTo = firstOnOrAfter(sessions, testFinish);
      if (testFrom - trainFrom >= 2 && testTo - testFrom >= 2) {
        windows.add(
            new WalkForwardWindow(
                windows.size(),
                trainFrom,
                testFrom,
                testFrom,
                testTo,
                sessions[trainFrom],
                sessions[testFrom - 1],
                sessions[testFrom],
                sessions[testTo - 1]));
      }
    }
  }

  private static int firstOnOrAfter(LocalDate[] sessions, LocalDate date) {
    int i = Arrays.binarySearch(sessions, date);
    return i >= 0 ? i : -i - 1;
  }
}
