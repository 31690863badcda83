package io.breadthflow.app.infra;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.config.RedisUrl;
import io.breadthflow.store.StoreConfig;
import java.util.Optional;

/**
 * What {@code bf infra start} needs.
 *
 * @param layout where the cluster lives and its ports
 * @param store the PostgreSQL store the job and the API servers share
 * @param redisUrl the Redis the API servers share limits through, {@code redis://HOST:PORT}
 * @param jwtSecret the API servers' JWT secret; without one a random secret is kept in the
 *     cluster's {@code conf/} folder
 * @param launch how an API server process starts
 */
public record InfraStart(
    InfraLayout layout,
    StoreConfig store,
    String redisUrl,
    Optional<String> jwtSecret,
    ApiServerLaunch launch) {

  /** The Redis of this machine when none is configured. */
  public static final String DEFAULT_REDIS = "redis://127.0.0.1:6379";

  public InfraStart {
    UseCaseException.required(layout, "the cluster's layout");
    UseCaseException.required(store, "the store");
    UseCaseException.required(launch, "the API server's launch");
    jwtSecret = jwtSecret == null ? Optional.empty() : jwtSecret;
    RedisUrl.parse(UseCaseException.required(redisUrl, "BF_REDIS_URL"));
  }

  /**
   * The main class and leading arguments of an API server process, e.g. {@code
   * io.breadthflow.cli.Main} and {@code serve}; the port and Kafka options follow.
   */
  public record ApiServerLaunch(String mainClass, java.util.List<String> arguments) {
    public ApiServerLaunch {
      arguments = java.util.List.copyOf(arguments);
    }
  }
}
