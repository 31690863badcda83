package io.breadthflow.server;

/** The server's port is taken by another process. */
public final class PortInUseException extends RuntimeException {
  public PortInUseException(int port, Throwable cause) {
    super("port " + port + " is in use; choose another with --port", cause);
  }
}
