package io.breadthflow.ingest.provider;

/**
 * A provider could not deliver a symbol's data; the message says why, in one line. It also tells
 * how much the provider throttled the calls before they failed ({@link Throttling#NONE} if not).
 */
public class ProviderException extends RuntimeException {
  private final Throttling throttling;

  public ProviderException(String message) {
    this(message, null, Throttling.NONE);
  }

  public ProviderException(String message, Throwable cause) {
    this(message, cause, Throttling.NONE);
  }

  public ProviderException(String message, Throwable cause, Throttling throttling) {
    super(message, cause);
    this.throttling = throttling;
  }

  /** How much the provider throttled the calls before they failed. */
  public Throttling throttling() {
    return throttling;
  }

  /**
   * This failure with {@code more} throttling added ({@code this} when {@code more} is none); the
   * message and cause stay.
   */
  public ProviderException withThrottling(Throttling more) {
    if (!more.throttled() && more.waited().isZero()) {
      return this;
    }
    ProviderException copy = new ProviderException(getMessage(), getCause(), throttling.plus(more));
    copy.setStackTrace(getStackTrace());
    return copy;
  }
}
