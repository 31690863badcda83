package io.breadthflow.stream;

import java.nio.file.Path;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** Where a job runs: embedded in this JVM, or on a Flink session cluster. */
public sealed interface JobRuntime permits EmbeddedRuntime, ClusterRuntime {

  /** Where the job's operators run, relative to the process that starts it. */
  enum Placement {
    /** In this JVM: operators reach its live hub and counters. */
    THIS_PROCESS,
    /** In other JVMs: results leave only through the store and the Kafka topics. */
    CLUSTER
  }

  /**
   * An environment for a new job; restored from the newest checkpoint when {@code resume} says so.
   */
  StreamExecutionEnvironment environment(Resume resume);

  /** Where the job's checkpoints and savepoints go. */
  Path checkpointDir();

  Placement placement();
}
