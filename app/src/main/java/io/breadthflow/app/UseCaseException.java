package io.breadthflow.app;

import java.time.Duration;
import java.util.Collection;
import java.util.Objects;

/**
 * A use case refused or could not complete its request, for a reason the caller should hear: the
 * CLI prints the message on one line with exit code 2, the server answers with the {@link
 * Failure}'s status and the same message. Never carries a stack trace.
 */
public final class UseCaseException extends RuntimeException {
  private final Failure failure;
  private final Duration retryAfter;

  public UseCaseException(Failure failure, String message) {
    this(failure, message, Duration.ZERO);
  }

  private UseCaseException(Failure failure, String message, Duration retryAfter) {
    super(message, null, false, false);
    this.failure = failure;
    this.retryAfter = retryAfter;
  }

  /** 429: too many requests or too much queued work; the caller may retry after {@code wait}. */
  public static UseCaseException tooMany(String message, Duration wait) {
    return new UseCaseException(Failure.TOO_MANY, message, wait);
  }

  /** 400 / exit 2: a value out of its range, a malformed or missing parameter. */
  public static UseCaseException invalid(String message) {
    return new UseCaseException(Failure.INVALID_REQUEST, message);
  }

  /**
   * {@code value} when present.
   *
   * @throws UseCaseException (invalid request) naming {@code what} when it is null
   */
  public static <T> T required(T value, String what) {
    if (value == null) {
      throw invalid(what + " is required");
    }
    return value;
  }

  /**
   * {@code values} when it and every element are present.
   *
   * @throws UseCaseException (invalid request) naming {@code what} otherwise
   */
  public static <T extends Collection<?>> T requiredEach(T values, String what) {
    required(values, what);
    if (values.stream().anyMatch(Objects::isNull)) {
      throw invalid(what + " must not have a missing entry");
    }
    return values;
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

  /** How long to wait before retrying a {@link Failure#TOO_MANY}; zero otherwise. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
