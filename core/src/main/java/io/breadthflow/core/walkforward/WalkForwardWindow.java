package io.breadthflow.core.walkforward;

import java.time.LocalDate;

/**
 * One step of a walk-forward, as half-open session indices into the panel it was planned on:
 * parameters are chosen on sessions {@code [trainFrom, trainTo)} and judged on {@code [testFrom,
 * testTo)}, which follows at once ({@code testFrom == trainTo}).
 *
 * @param index the step, from 0
 * @param trainFrom first training session
 * @param trainTo one past the last training session
 * @param testFrom first test session
 * @param testTo one past the last test session
 * @param trainStart date of the first training session
 * @param trainEnd date of the last training session
 * @param testStart date of the first test session
 * @param testEnd date of the last test session
 */
public record WalkForwardWindow(
    int index,
    int trainFrom,
    int trainTo,
    int testFrom,
    int testTo,
    LocalDate trainStart,
    LocalDate trainEnd,
    LocalDate testStart,
    LocalDate testEnd) {

  public WalkForwardWindow {
    if (trainTo - trainFrom < 2 || testTo - testFrom < 2 || testFrom != trainTo) {
      throw new IllegalArgumentException(
          "a window needs at least 2 training sessions followed at once by at least 2 test sessions");
    }
  }

  /** Training sessions. */
  public int trainSessions() {
    return trainTo - trainFrom;
  }

  /** Test sessions. */
  public int testSessions() {
    return testTo - testFrom;
  }
}
