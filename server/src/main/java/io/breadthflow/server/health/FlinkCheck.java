package io.breadthflow.server.health;

import io.breadthflow.stream.cluster.FlinkRest;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Flink session cluster of a deployment, for {@code /health}: its JobManager's REST API asked
 * for the TaskManagers, the BreadthFlow job (the newest not ended job of that name) and the job's
 * newest completed checkpoint, at most every five seconds, waiting at most two. Up when the job
 * runs; degraded when the JobManager answers but no such job runs or it is in another state
 * (RESTARTING, INITIALIZING, …); down when the JobManager does not answer in time. Details hold
 * counts, states and ages only, never addresses or exception text (those go to the log).
 * Thread-safe; one background thread asks, so a slow JobManager never holds more than one call.
 */
public final class FlinkCheck implements HealthCheck, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FlinkCheck.class);
  private static final long MAX_AGE_NANOS = 5_000_000_000L;
  private static final long TIMEOUT_MILLIS = 2_000;
  private static final String DOWN = "the JobManager does not answer (see the server log)";

  private final FlinkRest rest;
  private final String jobName;
  private final Clock clock;
  private final ExecutorService asker =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread thread = new Thread(task, "flink-health");
            thread.setDaemon(true);
            return thread;
          });
  private Future<ComponentHealth> pending;
  private ComponentHealth last;
  private long askedAt;

  /**
   * @param rest the JobManager's REST API
   * @param jobName the name the BreadthFlow job runs under on the cluster
   * @param clock the wall clock that checkpoint ages are measured on
   */
  public FlinkCheck(FlinkRest rest, String jobName, Clock clock) {
    this.rest = rest;
    this.jobName = jobName;
    this.clock = clock;
  }

  @Override
  public synchronized ComponentHealth check() {
    long now = System.nanoTime();
    if (last == null || now - askedAt > MAX_AGE_NANOS) {
      last = answer();
      askedAt = System.nanoTime();
    }
    return last;
  }

  /** The answer of the call under way (a new one when none is), or down after two seconds. */
  private ComponentHealth answer() {
    if (pending == null) {
      pending = asker.submit(this::ask);
    }
    try {
      ComponentHealth health = pending.get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
      pending = null;
      return health;
    } catch (TimeoutException e) {
      LOG.warn("Flink health: the JobManager did not answer within {} ms", TIMEOUT_MILLIS);
      return ComponentHealth.down(DOWN);
    } catch (ExecutionException e) {
      pending = null;
      LOG.warn("Flink health check failed", e.getCause());
      return ComponentHealth.down(DOWN);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ComponentHealth.down(DOWN);
    }
  }

  private ComponentHealth ask() {
    try {
      FlinkRest.Overview overview = rest.overview();
      String taskManagers =
          overview.taskManagers()
              + (overview.taskManagers() == 1 ? " TaskManager" : " TaskManagers");
      Optional<FlinkRest.Job> job = newestLive(rest.jobs());
      if (job.isEmpty()) {
        return ComponentHealth.degraded(taskManagers + ", no job runs");
      }
      String state = taskManagers + ", job " + job.get().state();
      String checkpoint =
          rest.latestCheckpoint(job.get().id())
              .map(c -> "last checkpoint " + age(c.completed()) + " ago")
              .orElse("no checkpoint yet");
      String detail = state + ", " + checkpoint;
      return job.get().state().equals("RUNNING")
          ? ComponentHealth.up(detail)
          : ComponentHealth.degraded(detail);
    } catch (IOException e) {
      LOG.warn("Flink health: the JobManager does not answer", e);
      return ComponentHealth.down(DOWN);
    }
  }

  /** The newest job of the BreadthFlow name that has not ended ({@code jobs} is newest first). */
  private Optional<FlinkRest.Job> newestLive(List<FlinkRest.Job> jobs) {
    return jobs.stream().filter(j -> j.name().equals(jobName) && !j.ended()).findFirst();
  }

  private String age(Instant completed) {
    Duration age = Duration.between(completed, clock.instant());
    long seconds = Math.max(0, age.toSeconds());
    if (seconds < 120) {
      return seconds + " s";
    }
    if (seconds < 7_200) {
      return seconds / 60 + " min";
    }
    return seconds / 3_600 + " h";
  }

  @Override
  public void close() {
    asker.shutdownNow();
  }
}
