package io.breadthflow.app.config;

import io.breadthflow.app.stream.FlinkAddress;
import java.util.Optional;

/**
 * What an API server shares with the other servers of one deployment. All empty: a server on its
 * own, with live events only from a job in its process and its limits in its memory.
 *
 * @param kafkaBootstrap Kafka bootstrap servers whose output topics feed the server's live push
 * @param redis the Redis holding the limits and revoked logins all servers share
 * @param peers the deployment's API servers, where dashboards reconnect when one stops answering
 * @param flink the REST endpoint of the Flink session cluster running the job, for {@code /health}
 */
public record ClusterLinks(
    Optional<String> kafkaBootstrap,
    Optional<RedisUrl> redis,
    PeerServers peers,
    Optional<FlinkAddress> flink) {
  /** A server on its own. */
  public static final ClusterLinks NONE =
      new ClusterLinks(Optional.empty(), Optional.empty(), PeerServers.NONE, Optional.empty());

  public ClusterLinks {
    kafkaBootstrap = kafkaBootstrap.map(String::strip).filter(text -> !text.isEmpty());
    if (peers == null) {
      throw new IllegalArgumentException("peers must be given (PeerServers.NONE: none)");
    }
  }

  /** The same reporting the Flink cluster at {@code address} in {@code /health}. */
  public ClusterLinks withFlink(FlinkAddress address) {
    return new ClusterLinks(kafkaBootstrap, redis, peers, Optional.of(address));
  }
}
