package io.breadthflow.app;

/** Why a use case refused a request; each entry point maps it to its own vocabulary. */
public enum Failure {
  /** A parameter is missing, malformed or out of its documented range (HTTP 400). */
  INVALID_REQUEST(400),
  /** No stored data covers the request (HTTP 404). */
  NO_DATA(404),
  /** The named resource does not exist (HTTP 404). */
  NOT_FOUND(404),
  /** The request conflicts with the current state, e.g. a taken username (HTTP 409). */
  CONFLICT(409),
  /** No valid credentials (HTTP 401). */
  UNAUTHENTICATED(401),
  /** Valid credentials without the right (HTTP 403). */
  FORBIDDEN(403),
  /** Too many requests or too much queued work (HTTP 429). */
  TOO_MANY(429);

  private final int httpStatus;

  Failure(int httpStatus) {
    this.httpStatus = httpStatus;
  }

  /** The HTTP status the server answers with. */
  public int httpStatus() {
    return httpStatus;
  }
}
