package io.breadthflow.ingest.provider;

/** A failure worth retrying: HTTP 429 or 5xx, a timeout, a dropped connection. */
final class TransientHttpException extends ProviderException {
  TransientHttpException(String message) {
    super(message);
  }

  TransientHttpException(String message, Throwable cause) {
    super(message, cause);
  }
}
