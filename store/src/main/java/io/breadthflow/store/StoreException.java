package io.breadthflow.store;

/** A database operation failed; wraps the driver's exception with what was being done. */
public final class StoreException extends RuntimeException {
  public StoreException(String operation, Throwable cause) {
    super(operation + " failed: " + cause.getMessage(), cause);
  }
}
