package io.breadthflow.cli;

/**
 * Bad input from the user (a missing file, an unreadable format, an out-of-range value): reported
 * as one line on standard error with exit code 2, never as a stack trace.
 */
public final class UsageException extends RuntimeException {
  public UsageException(String message) {
    super(message, null, false, false);
  }
}
