package io.breadthflow.stream;

import io.breadthflow.core.live.PipelineCounters;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.SavepointFormatType;

/** A running job: its id and counters, waiting for it, stopping it. */
public final class RunningJob implements AutoCloseable {
  private final JobClient client;
  private final LocalBridge bridge;

  private final Path savepoints;

  RunningJob(JobClient client, LocalBridge bridge, Path savepoints) {
    this.client = client;
    this.bridge = bridge;
    this.savepoints = savepoints;
  }

  /** The job's Flink id (32 hexadecimal digits). */
  public String jobId() {
    return client.getJobID().toHexString();
  }

  /** Trades, bars and alerts so far (in this process: zero for a job on a cluster). */
  public PipelineCounters counters() {
    return bridge.counters();
  }

  /**
   * Waits for a bounded job to finish, at most {@code timeout}.
   *
   * @return true when it finished, false when it still runs
   * @throws ExecutionException when the job failed
   */
  public boolean awaitFinish(Duration timeout) throws ExecutionException, InterruptedException {
    try {
      client.getJobExecutionResult().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    }
  }

  /**
   * Stops the job gracefully: a final savepoint commits what the sinks hold (Kafka transactions
   * included, so read-committed consumers are not held back by an open one) and stays for a later
   * resume. Falls back to cancelling, which keeps the latest checkpoint, when that fails.
   */
  public void stop() throws ExecutionException, InterruptedException {
    try {
      client
          .stopWithSavepoint(
              false, savepoints.toAbsolutePath().toUri().toString(), SavepointFormatType.CANONICAL)
          .get();
    } catch (ExecutionException e) {
      cancel();
    }
  }

  /** Stops the job at once; its latest checkpoint stays for a later resume. */
  public void cancel() throws ExecutionException, InterruptedException {
    try {
      client.cancel().get();
    } catch (ExecutionException e) {
      if (!client.getJobStatus().get().isGloballyTerminalState()) {
        throw e;
      }
    }
  }

  @Override
  public void close() {
    bridge.close();
  }
}
