package io.breadthflow.app.config;

import io.breadthflow.app.UseCaseException;
import java.util.List;

/**
 * How the server runs; every value is checked here.
 *
 * @param host address to bind (e.g. {@code 127.0.0.1}, {@code 0.0.0.0})
 * @param port TCP port, 0 to 65535 (0 picks a free one)
 * @param requestsPerMinute per-client rate limit, 1 to 1,000,000
 * @param maxRequestBytes largest request body accepted (413 beyond), 1 KiB to 64 MiB
 * @param jwtSecret the access tokens' key
 * @param bcryptCost BCrypt cost of new password hashes, 4 to 16
 * @param corsOrigins origins browsers may call the API from (none: same origin only)
 * @param readAccess who may read market data
 * @param cluster the Kafka and Redis it shares with the other servers of a deployment
 */
public record ServerConfig(
    String host,
    int port,
    int requestsPerMinute,
    long maxRequestBytes,
    JwtSecret jwtSecret,
    int bcryptCost,
    List<String> corsOrigins,
    ReadAccess readAccess,
    ClusterLinks cluster) {

  /** The production BCrypt cost. */
  public static final int BCRYPT_COST = 12;

  /** The default port. */
  public static final int DEFAULT_PORT = 8083;

  /** The default rate limit, requests per minute per client. */
  public static final int DEFAULT_RATE_LIMIT = 600;

  /** The default largest request body. */
  public static final long DEFAULT_MAX_REQUEST_BYTES = 1 << 20;

  public ServerConfig {
    if (host == null || host.isBlank()) {
      throw UseCaseException.invalid("the server's host must not be empty");
    }
    checkPort(port);
    if (requestsPerMinute < 1 || requestsPerMinute > 1_000_000) {
      throw UseCaseException.invalid(
          "the rate limit must be 1 to 1000000 requests per minute, got " + requestsPerMinute);
    }
    if (maxRequestBytes < 1024 || maxRequestBytes > 64L << 20) {
      throw UseCaseException.invalid(
          "the largest request body must be 1 KiB to 64 MiB, got " + maxRequestBytes);
    }
    if (jwtSecret == null) {
      throw UseCaseException.invalid("the server needs a JWT secret");
    }
    if (bcryptCost < 4 || bcryptCost > 16) {
      throw UseCaseException.invalid("the BCrypt cost must be 4 to 16, got " + bcryptCost);
    }
    corsOrigins = List.copyOf(corsOrigins);
    for (String origin : corsOrigins) {
      if (!origin.matches("https?://[^/\\s]+")) {
        throw UseCaseException.invalid(
            "a CORS origin is scheme://host[:port] without a path, got '" + origin + "'");
      }
    }
    if (readAccess == null) {
      throw UseCaseException.invalid("the read access must be public or private");
    }
    if (cluster == null) {
      throw UseCaseException.invalid("the server's cluster links must be given (NONE: alone)");
    }
  }

  /**
   * Defaults on {@code port} with {@code secret}: all interfaces, public reads, no CORS, no other
   * server to share with.
   */
  public static ServerConfig on(int port, JwtSecret secret) {
    return new ServerConfig(
        "0.0.0.0",
        port,
        DEFAULT_RATE_LIMIT,
        DEFAULT_MAX_REQUEST_BYTES,
        secret,
        BCRYPT_COST,
        List.of(),
        ReadAccess.PUBLIC,
        ClusterLinks.NONE);
  }

  /** The same with another rate limit. */
  public ServerConfig withRateLimit(int perMinute) {
    return new ServerConfig(
        host,
        port,
        perMinute,
        maxRequestBytes,
        jwtSecret,
        bcryptCost,
        corsOrigins,
        readAccess,
        cluster);
  }

  /** The same with these CORS origins and read access. */
  public ServerConfig withAccess(List<String> origins, ReadAccess access) {
    return new ServerConfig(
        host,
        port,
        requestsPerMinute,
        maxRequestBytes,
        jwtSecret,
        bcryptCost,
        origins,
        access,
        cluster);
  }

  /** The same bound to {@code address}. */
  public ServerConfig withHost(String address) {
    return new ServerConfig(
        address,
        port,
        requestsPerMinute,
        maxRequestBytes,
        jwtSecret,
        bcryptCost,
        corsOrigins,
        readAccess,
        cluster);
  }

  /** The same with another BCrypt cost (tests use the lowest). */
  public ServerConfig withBcryptCost(int cost) {
    return new ServerConfig(
        host,
        port,
        requestsPerMinute,
        maxRequestBytes,
        jwtSecret,
        cost,
        corsOrigins,
        readAccess,
        cluster);
  }

  /** The same sharing Kafka and Redis with the other servers as {@code links} say. */
  public ServerConfig withCluster(ClusterLinks links) {
    return new ServerConfig(
        host,
        port,
        requestsPerMinute,
        maxRequestBytes,
        jwtSecret,
        bcryptCost,
        corsOrigins,
        readAccess,
        links);
  }

  /**
   * @throws UseCaseException when {@code port} is not 0 to 65535
   */
  public static void checkPort(int port) {
    if (port < 0 || port > 65_535) {
      throw UseCaseException.invalid("the port must be between 0 and 65535, got " + port);
    }
  }
}
