package io.breadthflow.server.api;

/** A request the API refuses, with the HTTP status and a message for the client. */
public final class ApiException extends RuntimeException {
  private final int status;

  public ApiException(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  /** 400 Bad Request. */
  public static ApiException badRequest(String message) {
    return new ApiException(400, message);
  }

  /** 404 Not Found. */
  public static ApiException notFound(String message) {
    return new ApiException(404, message);
  }

  public int status() {
    return status;
  }
}
