package io.breadthflow.core.forecast;

/** A model could not be fitted or used; the message says why, in words fit for a user. */
public final class ForecastException extends RuntimeException {

  public ForecastException(String message) {
    super(message);
  }
}
