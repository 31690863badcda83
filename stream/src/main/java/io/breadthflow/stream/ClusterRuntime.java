package io.breadthflow.stream;

import java.nio.file.Path;
import java.time.Duration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * A Flink session cluster reached through its REST endpoint: the job graph is the embedded one,
 * submitted there. The cluster's JVMs run BreadthFlow's own artifact, so the job ships no jar; its
 * checkpoints go to a folder every TaskManager and the JobManager can reach.
 *
 * @param host the JobManager's REST host
 * @param port the JobManager's REST port
 * @param parallelism tasks per operator
 * @param checkpointInterval time between checkpoints
 * @param checkpointDir the shared checkpoint folder
 * @param restartAttempts restarts after failures (a lost TaskManager is one) before the job fails
 */
public record ClusterRuntime(
    String host,
    int port,
    int parallelism,
    Duration checkpointInterval,
    Path checkpointDir,
    int restartAttempts)
    implements JobRuntime {

  @Override
  public StreamExecutionEnvironment environment(Resume resume) {
    return StreamExecutionEnvironment.createRemoteEnvironment(
        host,
        port,
        JobConfig.of(parallelism, checkpointInterval, checkpointDir, restartAttempts, resume));
  }

  @Override
  public Placement placement() {
    return Placement.CLUSTER;
  }
}
