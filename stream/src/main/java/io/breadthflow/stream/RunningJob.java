package io.breadthflow.stream;

import io.breadthflow.core.live.PipelineCounters;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.flink.core.execution.JobClient;

/** A job running on the embedded runtime: its counters, waiting for it, stopping it. */
public final class RunningJob implements AutoCloseable {
  private final JobClient client;
  private final LocalBridge bridge;

  RunningJob(JobClient client, LocalBridge bridge) {
    this.client = client;
    this.bridge = bridge;
  }

  /** Trades, bars and alerts so far. */
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

  /** Stops the job; its latest checkpoint stays for a later resume. */
  public void cancel() throws ExecutionException, InterruptedException {
    client.cancel().get();
  }

  @Override
  public void close() {
    bridge.close();
  }
}
