package io.breadthflow.app.config;

import java.util.Optional;

/**
 * What an API server shares with the other servers of one deployment. All empty: a server on its
 * own, with live events only from a job in its process and its limits in its memory.
 *
 * @param kafkaBootstrap Kafka bootstrap servers whose output topics feed the server's live push
 * @param redis the Redis holding the limits and revoked logins all servers share
 * @param peers the deployment's API servers, where dashboards reconnect when one stops answering
 */
public record ClusterLinks(
    Optional<String> kafkaBootstrap, Optional<RedisUrl> redis, PeerServers peers) {
  /** A server on its own. */
  public static final ClusterLinks NONE =
      new ClusterLinks(Optional.empty(), Optional.empty(), PeerServers.NONE);

  public ClusterLinks {
    kafkaBootstrap = kafkaBootstrap.map(String::strip).filter(text -> !text.isEmpty());
    if (peers == null) {
      throw new IllegalArgumentException("peers must be given (PeerServers.NONE: none)");
    }
  }
}
