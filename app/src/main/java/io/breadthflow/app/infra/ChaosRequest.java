package io.breadthflow.app.infra;

import io.breadthflow.app.UseCaseException;
import java.util.Set;

/**
 * What {@code bf infra chaos} does: {@code trials} random {@code kill -9}s of a TaskManager or a
 * Kafka broker under the running job, each process restarted before the next trial.
 *
 * @param cluster the cluster, as {@code bf infra start} was given it (to restart what was killed)
 * @param trials how many kills, 1 to 100
 * @param seed the random choice of victims
 * @param targets the kinds of process to kill: TaskManagers, Kafka brokers or both
 */
public record ChaosRequest(
    InfraStart cluster, int trials, long seed, Set<ClusterNode.Role> targets) {
  /** The kinds of process whose loss the job recovers from by itself. */
  public static final Set<ClusterNode.Role> RECOVERABLE =
      Set.of(ClusterNode.Role.TASK_MANAGER, ClusterNode.Role.KAFKA_BROKER);

  public ChaosRequest {
    UseCaseException.required(cluster, "the cluster");
    targets = Set.copyOf(UseCaseException.requiredEach(targets, "the kinds of process to kill"));
    if (targets.isEmpty() || !RECOVERABLE.containsAll(targets)) {
      throw UseCaseException.invalid("chaos kills TaskManagers and Kafka brokers, got " + targets);
    }
    if (trials < 1 || trials > 100) {
      throw UseCaseException.invalid("--trials must be between 1 and 100, got " + trials);
    }
  }
}
