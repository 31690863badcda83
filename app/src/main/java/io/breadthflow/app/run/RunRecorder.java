package io.breadthflow.app.run;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.json.Json;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.PipelineRun;
import io.breadthflow.store.RunStatus;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Every use case runs through here, from every entry point: the run is recorded as RUNNING with its
 * command, parameters (JSON) and owning process, and always ends SUCCEEDED or FAILED with its
 * duration, error and counts (JSON) — a failure of any kind, {@link Error}s included, is recorded
 * before it is passed on. Runs that a process which has since died left RUNNING are marked
 * ABANDONED by {@link #markAbandoned}. While a run's work runs, the thread's log lines carry its id
 * (MDC key {@value #RUN_ID}). Thread-safe.
 */
public final class RunRecorder {
  /** The MDC key of the running run's id. */
  public static final String RUN_ID = "run_id";

  private static final Logger LOG = LoggerFactory.getLogger(RunRecorder.class);

  private final MarketStore store;
  private final RunOwner owner;

  public RunRecorder(MarketStore store) {
    this.store = store;
    this.owner = RunOwner.current();
  }

  /** A use case's work, given its run's id. */
  @FunctionalInterface
  public interface Work<R extends RunOutcome> {
    R run(long runId) throws Exception;
  }

  /**
   * Runs {@code work} as a recorded run of {@code request} in this thread.
   *
   * @throws UseCaseException as the work threw it (the run is FAILED with its message)
   * @throws RuntimeException anything else the work threw, wrapped if checked (the run is FAILED)
   */
  public <R extends RunOutcome> Recorded<R> run(RunRequest request, Work<R> work) {
    long id = start(request);
    return new Recorded<>(id, execute(id, work));
  }

  /**
   * Starts {@code work} as a recorded run of {@code request} on {@code executor}; returns the run
   * id at once. {@code done} is told the run id and its outcome (null after a failure) once the run
   * is recorded.
   */
  public <R extends RunOutcome> long submit(
      RunRequest request, Executor executor, Work<R> work, BiConsumer<Long, R> done) {
    long id = start(request);
    try {
      executor.execute(
          () -> {
            R result = null;
            try {
              result = execute(id, work);
            } catch (RuntimeException | Error e) {
              // recorded as FAILED by execute
            } finally {
              done.accept(id, result);
            }
          });
    } catch (RuntimeException e) {
      store.finishRun(id, RunStatus.FAILED, "not started: the server is busy", "");
      throw e;
    }
    return id;
  }

  /** Starts a run of {@code request} that the caller ends through the returned handle. */
  public OpenRun open(RunRequest request) {
    long id = start(request);
    return new OpenRun() {
      private boolean ended;

      @Override
      public long id() {
        return id;
      }

      @Override
      public synchronized void succeed(RunOutcome outcome) {
        if (!ended) {
          ended = true;
          finish(id, outcome);
        }
      }

      @Override
      public synchronized void fail(Throwable problem) {
        if (!ended) {
          ended = true;
          RunRecorder.this.fail(id, problem);
        }
      }
    };
  }

  /** Keeps the captured output of run {@code runId} (a command API run) with its record. */
  public void saveOutput(long runId, String output) {
    store.saveRunOutput(runId, output);
  }

  /**
   * Marks the runs left RUNNING by processes of this host that have ended as ABANDONED; returns how
   * many.
   */
  public int markAbandoned() {
    int marked = 0;
    String host = RunOwner.hostName();
    for (PipelineRun run : store.runningRuns()) {
      boolean ended = RunOwner.parse(run.owner()).map(o -> o.endedOn(host)).orElse(false);
      if (ended) {
        store.finishRun(
            run.id(), RunStatus.ABANDONED, "the process that ran it ended without finishing", "");
        marked++;
      }
    }
    return marked;
  }

  private long start(RunRequest request) {
    return store.startRun(request.command(), Json.write(request.parameters()), owner.code());
  }

  private <R extends RunOutcome> R execute(long id, Work<R> work) {
    String outer = MDC.get(RUN_ID);
    MDC.put(RUN_ID, Long.toString(id));
    try {
      R result = work.run(id);
      finish(id, result);
      return result;
    } catch (RuntimeException | Error e) {
      fail(id, e);
      throw e;
    } catch (Exception e) {
      fail(id, e);
      throw new IllegalStateException(e.getMessage(), e);
    } finally {
      if (outer == null) {
        MDC.remove(RUN_ID);
      } else {
        MDC.put(RUN_ID, outer);
      }
    }
  }

  private void finish(long id, RunOutcome result) {
    boolean complete = result.completion() == RunOutcome.Completion.COMPLETE;
    store.finishRun(
        id,
        complete ? RunStatus.SUCCEEDED : RunStatus.FAILED,
        complete ? "" : result.problem(),
        Json.write(result.counts()));
  }

  /**
   * Records run {@code id} FAILED: a refused request with its message, anything else by its kind
   * only (its text goes to the log).
   */
  private void fail(long id, Throwable e) {
    if (e instanceof UseCaseException refused) {
      store.finishRun(id, RunStatus.FAILED, refused.getMessage(), "");
      return;
    }
    LOG.error("run {} failed", id, e);
    try {
      store.finishRun(
          id,
          RunStatus.FAILED,
          "unexpected failure: "
              + e.getClass().getSimpleName()
              + " (details in the log of run "
              + id
              + ")",
          "");
    } catch (RuntimeException storeFailure) {
      LOG.error("run {} could not be recorded as failed", id, storeFailure);
    }
  }
}
