package io.breadthflow.server;

/**
 * How the server runs.
 *
 * @param port TCP port (0 picks a free one)
 * @param requestsPerMinute per-client rate limit
 * @param maxRequestBytes largest request body accepted
 */
public record ServerSettings(int port, int requestsPerMinute, long maxRequestBytes) {

  /** Port 8083, 600 requests a minute per client, 1 MiB bodies. */
  public static ServerSettings defaults() {
    return new ServerSettings(8083, 600, 1 << 20);
  }
}
