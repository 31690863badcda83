package io.breadthflow.app.run;

/**
 * A recorded run whose work goes on after the call that started it (a streaming job): ended once by
 * {@link #succeed} or {@link #fail}; later calls change nothing. Thread-safe.
 */
public interface OpenRun {
  /** The run's id. */
  long id();

  /** Ends the run SUCCEEDED with {@code outcome}'s counts (FAILED when it is partial). */
  void succeed(RunOutcome outcome);

  /** Ends the run FAILED with {@code problem}. */
  void fail(Throwable problem);
}
