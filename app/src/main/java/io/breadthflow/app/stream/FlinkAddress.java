package io.breadthflow.app.stream;

import io.breadthflow.app.UseCaseException;

/**
 * A Flink JobManager's REST endpoint.
 *
 * @param host its host name or address
 * @param port its port, 1 to 65535
 */
public record FlinkAddress(String host, int port) {
  public FlinkAddress {
    if (host == null || !host.matches("[A-Za-z0-9.\\-]{1,253}")) {
      throw UseCaseException.invalid("--flink needs HOST:PORT, got host " + host);
    }
    if (port < 1 || port > 65_535) {
      throw UseCaseException.invalid("--flink port must be between 1 and 65535, got " + port);
    }
  }

  /** {@code HOST:PORT}. */
  public static FlinkAddress parse(String text) {
    int colon = text == null ? -1 : text.lastIndexOf(':');
    if (colon <= 0 || !text.substring(colon + 1).matches("[0-9]{1,5}")) {
      throw UseCaseException.invalid("--flink needs HOST:PORT, got " + text);
    }
    return new FlinkAddress(text.substring(0, colon), Integer.parseInt(text.substring(colon + 1)));
  }

  @Override
  public String toString() {
    return host + ":" + port;
  }
}
