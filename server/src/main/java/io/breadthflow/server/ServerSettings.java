package io.breadthflow.server;

import io.breadthflow.server.command.CommandExecutor;

/**
 * How the server runs.
 *
 * @param port TCP port (0 picks a free one)
 * @param requestsPerMinute per-client rate limit
 * @param maxRequestBytes largest request body accepted (413 beyond)
 * @param jwtSecret HMAC key of the access tokens, at least 32 bytes
 * @param bcryptCost BCrypt cost of new password hashes
 * @param commands runs the command API's commands; {@code null} when this server runs none
 * @param storeUrl the store the commands use
 */
public record ServerSettings(
    int port,
    int requestsPerMinute,
    long maxRequestBytes,
    byte[] jwtSecret,
    int bcryptCost,
    CommandExecutor commands,
    String storeUrl) {

  /** Without a command API. */
  public ServerSettings(
      int port, int requestsPerMinute, long maxRequestBytes, byte[] jwtSecret, int bcryptCost) {
    this(port, requestsPerMinute, maxRequestBytes, jwtSecret, bcryptCost, null, "");
  }
}
