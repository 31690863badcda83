package io.breadthflow.app.stream;

import io.breadthflow.stream.cluster.FlinkRest;
import java.util.List;
import java.util.Optional;

/**
 * A cluster's jobs as {@code bf stream status} shows them.
 *
 * @param flink the cluster
 * @param overview its TaskManagers and slots
 * @param jobs every job, newest first
 */
public record ClusterJobs(FlinkAddress flink, FlinkRest.Overview overview, List<JobState> jobs) {
  public ClusterJobs {
    jobs = List.copyOf(jobs);
  }

  /** A job and its newest completed checkpoint. */
  public record JobState(FlinkRest.Job job, Optional<FlinkRest.Checkpoint> checkpoint) {}
}
