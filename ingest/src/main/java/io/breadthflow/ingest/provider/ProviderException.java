package io.breadthflow.ingest.provider;

/** A provider could not deliver a symbol's data; the message says why, in one line. */
public class ProviderException extends RuntimeException {
  public ProviderException(String message) {
    super(message);
  }

  public ProviderException(String message, Throwable cause) {
    super(message, cause);
  }
}
