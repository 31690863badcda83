package io.breadthflow.app.stream;

import io.breadthflow.app.run.OpenRun;
import io.breadthflow.app.run.RunRecorder;
import io.breadthflow.core.live.PipelineCounters;
import io.breadthflow.stream.RunningJob;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import org.slf4j.MDC;

/**
 * A streaming job started by {@link StreamService}, recorded as a run that ends when the job does:
 * {@link #close} records SUCCEEDED with the counts, or FAILED when the job failed.
 */
public final class StreamRun implements AutoCloseable {
  private final RunningJob job;
  private final OpenRun run;

  /** The MDC key of the running job's Flink id. */
  public static final String JOB_ID = "job_id";

  /** Starts following {@code job}: log lines of this thread carry its job and run ids. */
  StreamRun(RunningJob job, OpenRun run) {
    this.job = job;
    this.run = run;
    MDC.put(JOB_ID, job.jobId());
    MDC.put(RunRecorder.RUN_ID, Long.toString(run.id()));
  }

  /** The run's id. */
  public long runId() {
    return run.id();
  }

  /** Trades, bars and alerts so far. */
  public PipelineCounters counters() {
    return job.counters();
  }

  /**
   * Waits for a bounded job to finish, at most {@code timeout}; true when it finished.
   *
   * @throws ExecutionException when the job failed (the run is recorded FAILED)
   */
  public boolean awaitFinish(Duration timeout) throws ExecutionException, InterruptedException {
    try {
      return job.awaitFinish(timeout);
    } catch (ExecutionException e) {
      run.fail(e.getCause() == null ? e : e.getCause());
      throw e;
    }
  }

  /** Stops the job with a final savepoint (cancelling when that fails). */
  public void stop() throws ExecutionException, InterruptedException {
    job.stop();
  }

  /** Stops the job at once; its latest checkpoint stays. */
  public void cancel() throws ExecutionException, InterruptedException {
    job.cancel();
  }

  @Override
  public void close() {
    try {
      job.close();
    } finally {
      run.succeed(StreamCounts.of(job.counters()));
      MDC.remove(JOB_ID);
      MDC.remove(RunRecorder.RUN_ID);
    }
  }
}
