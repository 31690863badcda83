package io.breadthflow.server;

/**
 * How the server runs.
 *
 * @param port TCP port (0 picks a free one)
 * @param requestsPerMinute per-client rate limit
 * @param maxRequestBytes largest request body accepted (413 beyond)
 * @param jwtSecret HMAC key of the access tokens, at least 32 bytes
 * @param bcryptCost BCrypt cost of new password hashes
 */
public record ServerSettings(
    int port, int requestsPerMinute, long maxRequestBytes, byte[] jwtSecret, int bcryptCost) {

  /** Default limits (600 requests a minute per client, 1 MiB bodies, BCrypt cost 12). */
  public static ServerSettings of(int port, byte[] jwtSecret) {
    return new ServerSettings(port, 600, 1 << 20, jwtSecret, 12);
  }
}
