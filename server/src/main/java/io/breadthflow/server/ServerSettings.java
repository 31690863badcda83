package io.breadthflow.server;

import io.breadthflow.server.command.CommandExecutor;
import java.util.List;

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
 * @param corsOrigins origins browsers may call the API from (none: same origin only)
 * @param publicReads market-data reads without a token
 */
public record ServerSettings(
    int port,
    int requestsPerMinute,
    long maxRequestBytes,
    byte[] jwtSecret,
    int bcryptCost,
    CommandExecutor commands,
    String storeUrl,
    List<String> corsOrigins,
    boolean publicReads) {

  public ServerSettings {
    corsOrigins = List.copyOf(corsOrigins);
  }

  /** With a command API, no CORS origins, public reads. */
  public ServerSettings(
      int port,
      int requestsPerMinute,
      long maxRequestBytes,
      byte[] jwtSecret,
      int bcryptCost,
      CommandExecutor commands,
      String storeUrl) {
    this(
        port,
        requestsPerMinute,
        maxRequestBytes,
        jwtSecret,
        bcryptCost,
        commands,
        storeUrl,
        List.of(),
        true);
  }

  /** Without a command API, no CORS origins, public reads. */
  public ServerSettings(
      int port, int requestsPerMinute, long maxRequestBytes, byte[] jwtSecret, int bcryptCost) {
    this(port, requestsPerMinute, maxRequestBytes, jwtSecret, bcryptCost, null, "");
  }

  /** The same settings with these CORS origins and read policy. */
  public ServerSettings withAccess(List<String> origins, boolean publicReads) {
    return new ServerSettings(
        port,
        requestsPerMinute,
        maxRequestBytes,
        jwtSecret,
        bcryptCost,
        commands,
        storeUrl,
        origins,
        publicReads);
  }
}
