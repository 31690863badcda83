package io.breadthflow.cli;

/** Process exit codes of {@code bf}. */
public final class ExitCodes {
  /** Success. */
  public static final int OK = 0;

  /** An unexpected failure inside BreadthFlow. */
  public static final int FAILURE = 1;

  /** Bad usage or bad input: an unknown option, a missing file, a malformed value. */
  public static final int USAGE = 2;

  /** Some inputs failed (each reported); the others were processed. */
  public static final int PARTIAL_FAILURE = 3;

  private ExitCodes() {}
}
