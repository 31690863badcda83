package io.breadthflow.app;

/**
 * A use case refused or could not complete its request, for a reason the caller should hear: the
 * CLI prints the message on one line with exit code 2, the server answers with the {@link
 * Failure}'s status and the same message. Never carries a stack trace.
 */
public final class UseCaseException extends RuntimeException {
  private final Failure failure;

  public UseCaseException(Failure failure, String message) {
    super(message, null, false, false);
    this.failure = failure;
  }

  /** 400 / exit 2: a value out of its range, a malformed or missing parameter. */
  public static UseCaseException invalid(String message) {
    return new UseCaseException(Failure.INVALID_REQUEST, message);
  }

  /** 404 / exit 2: the store holds nothing the request could work on. */
  public static UseCaseException noData(String message) {
    return new UseCaseException(Failure.NO_DATA, message);
  }

  /** 404 / exit 2: the named thing does not exist. */
  public static UseCaseException notFound(String message) {
    return new UseCaseException(Failure.NOT_FOUND, message);
  }

  /** 409 / exit 2: the request conflicts with what exists. */
  public static UseCaseException conflict(String message) {
    return new UseCaseException(Failure.CONFLICT, message);
  }

  public Failure failure() {
    return failure;
  }
}
