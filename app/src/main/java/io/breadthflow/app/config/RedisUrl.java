package io.breadthflow.app.config;

import io.breadthflow.app.UseCaseException;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where the Redis that API servers share lives: {@code redis://[[user]:password@]host[:port][/db]}
 * ({@code rediss://} for TLS). Printing it never shows the password.
 *
 * @param tls whether the connection uses TLS ({@code rediss://})
 * @param host server name or address
 * @param port TCP port, 1 to 65535 (6379 when the URL names none)
 * @param database logical database, 0 to 15
 * @param user ACL user, empty for the default user
 * @param password empty when the server needs none
 */
public record RedisUrl(Tls tls, String host, int port, int database, String user, String password) {
  /** The port a URL without one means. */
  public static final int DEFAULT_PORT = 6379;

  /** Whether the connection is encrypted. */
  public enum Tls {
    PLAIN,
    TLS
  }

  public RedisUrl {
    if (tls == null) {
      throw UseCaseException.invalid("BF_REDIS_URL: TLS must be PLAIN or TLS");
    }
    if (host == null || host.isBlank()) {
      throw UseCaseException.invalid("BF_REDIS_URL needs a host: redis://HOST[:PORT][/DB]");
    }
    if (port < 1 || port > 65_535) {
      throw UseCaseException.invalid("BF_REDIS_URL: the port must be 1 to 65535, got " + port);
    }
    if (database < 0 || database > 15) {
      throw UseCaseException.invalid("BF_REDIS_URL: the database must be 0 to 15, got " + database);
    }
    user = user == null ? "" : user;
    password = password == null ? "" : password;
  }

  /**
   * Parses {@code text}.
   *
   * @throws UseCaseException naming the expected form when it is not a Redis URL
   */
  public static RedisUrl parse(String text) {
    String form = "BF_REDIS_URL must be redis://[[USER]:PASSWORD@]HOST[:PORT][/DB]";
    URI uri;
    try {
      uri = new URI(text == null ? "" : text.strip());
    } catch (URISyntaxException e) {
      throw UseCaseException.invalid(form);
    }
    Tls tls;
    if ("redis".equalsIgnoreCase(uri.getScheme())) {
      tls = Tls.PLAIN;
    } else if ("rediss".equalsIgnoreCase(uri.getScheme())) {
      tls = Tls.TLS;
    } else {
      throw UseCaseException.invalid(form);
    }
    if (uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
      throw UseCaseException.invalid(form);
    }
    int database = 0;
    String path = uri.getPath() == null ? "" : uri.getPath();
    if (!path.isEmpty() && !path.equals("/")) {
      try {
        database = Integer.parseInt(path.substring(1));
      } catch (NumberFormatException e) {
        throw UseCaseException.invalid(form);
      }
    }
    String user = "";
    String password = "";
    String info = uri.getUserInfo();
    if (info != null) {
      int colon = info.indexOf(':');
      user = colon < 0 ? "" : info.substring(0, colon);
      password = colon < 0 ? info : info.substring(colon + 1);
    }
    int port = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
    return new RedisUrl(tls, uri.getHost(), port, database, user, password);
  }

  /** {@code host:port}, for logs. */
  public String address() {
    return host + ":" + port;
  }

  @Override
  public String toString() {
    String scheme = tls == Tls.TLS ? "rediss" : "redis";
    String credentials = password.isEmpty() ? "" : (user.isEmpty() ? "" : user) + ":***@";
    return scheme + "://" + credentials + address() + "/" + database;
  }
}
