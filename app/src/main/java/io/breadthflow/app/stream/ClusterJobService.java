package io.breadthflow.app.stream;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.rules.StoreRuleSource;
import io.breadthflow.app.run.Recorded;
import io.breadthflow.app.run.RunRecorder;
import io.breadthflow.core.live.PipelineCounters;
import io.breadthflow.store.StoreConfig;
import io.breadthflow.store.StoreKind;
import io.breadthflow.stream.ClusterRuntime;
import io.breadthflow.stream.Deduplication;
import io.breadthflow.stream.EmbeddedRuntime;
import io.breadthflow.stream.Resume;
import io.breadthflow.stream.RunningJob;
import io.breadthflow.stream.StreamJob;
import io.breadthflow.stream.cluster.FlinkRest;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The streaming job on a Flink session cluster: submitted (the embedded job graph, reading {@code
 * market-data}), listed with its newest checkpoint, stopped with a savepoint or cancelled, and
 * resumed from the newest retained checkpoint or savepoint of its folder.
 */
public final class ClusterJobService {
  /** The job's name on the cluster. */
  public static final String JOB_NAME = "bf stream (kafka)";

  private static final Duration SAVEPOINT_TIMEOUT = Duration.ofMinutes(5);

  private final StoreConfig store;
  private final RunRecorder runs;
  private final Optional<String> kafka;

  /**
   * @param store the PostgreSQL store the job's sinks write to (from the TaskManagers)
   * @param runs records each submission
   * @param kafka bootstrap servers of the cluster's Kafka
   */
  public ClusterJobService(StoreConfig store, RunRecorder runs, Optional<String> kafka) {
    this.store = store;
    this.runs = runs;
    this.kafka = kafka;
  }

  /**
   * Submits {@code request}'s job and returns once the cluster accepted it.
   *
   * @throws UseCaseException when the store is not PostgreSQL, Kafka is not configured, the cluster
   *     does not answer, or (resuming) the job runs already
   */
  public Recorded<ClusterSubmission> submit(ClusterJobRequest request) {
    if (store.kind() != StoreKind.POSTGRESQL) {
      throw UseCaseException.invalid(
          "a job on a cluster writes to PostgreSQL: set --store or BF_STORE_URL to"
              + " jdbc:postgresql://HOST:PORT/DB (DuckDB is one process's file)");
    }
    String bootstrap =
        kafka.orElseThrow(
            () ->
                UseCaseException.invalid(
                    "a job on a cluster needs --kafka HOST:PORT or BF_KAFKA_BOOTSTRAP"));
    FlinkRest rest = rest(request.flink());
    List<FlinkRest.Job> running = running(rest, request.flink());
    if (!running.isEmpty()) {
      throw UseCaseException.conflict(
          "job "
              + running.get(0).id()
              + " runs already on "
              + request.flink()
              + "; bf stream stop first");
    }
    JobSettings settings = request.job();
    Path checkpoints = settings.checkpoints().toAbsolutePath();
    Optional<String> restoredFrom =
        settings.start() == JobSettings.Start.RESUME_LATEST
            ? EmbeddedRuntime.latestCheckpoint(checkpoints).map(Path::toString)
            : Optional.empty();
    return runs.run(
        request,
        id -> {
          StreamJob job =
              new StreamJob(
                  new ClusterRuntime(
                      request.flink().host(),
                      request.flink().port(),
                      settings.parallelism(),
                      settings.checkpointInterval(),
                      checkpoints,
                      JobSettings.CLUSTER_RESTARTS),
                  settings.start() == JobSettings.Start.RESUME_LATEST
                      ? Resume.LATEST_CHECKPOINT
                      : Resume.FRESH,
                  store,
                  event -> {},
                  new PipelineCounters(),
                  bootstrap);
          List<String> symbols = request.source().universe().symbols();
          try (RunningJob submitted =
              job.startKafka(
                  JOB_NAME,
                  request.extent(),
                  bridge ->
                      StreamSpecs.of(
                          symbols,
                          StreamSpecs.sectors(request.source().universe()),
                          settings,
                          null,
                          Deduplication.EXACT_REPEATS,
                          bridge,
                          StoreRuleSource.of(store)))) {
            return new ClusterSubmission(submitted.jobId(), JOB_NAME, restoredFrom);
          }
        });
  }

  /** Every job on the cluster with its newest checkpoint, newest first. */
  public ClusterJobs jobs(FlinkAddress flink) {
    FlinkRest rest = rest(flink);
    try {
      FlinkRest.Overview overview = rest.overview();
      List<ClusterJobs.JobState> jobs = new ArrayList<>();
      for (FlinkRest.Job job : rest.jobs()) {
        jobs.add(new ClusterJobs.JobState(job, rest.latestCheckpoint(job.id())));
      }
      return new ClusterJobs(flink, overview, jobs);
    } catch (IOException e) {
      throw unreachable(flink);
    }
  }

  /**
   * Stops job {@code jobId}, or the one running job when none is named: with a final savepoint
   * (committing what the Kafka sinks hold) under the job's checkpoint folder, or cancelled.
   *
   * @return the savepoint's location, empty when cancelled
   */
  public ClusterStop stop(
      FlinkAddress flink, Optional<String> jobId, StopMode mode, Path checkpoints)
      throws InterruptedException {
    FlinkRest rest = rest(flink);
    String id = jobId.orElseGet(() -> onlyRunning(rest, flink));
    try {
      FlinkRest.Job job =
          rest.job(id)
              .orElseThrow(() -> UseCaseException.notFound("no job " + id + " on " + flink));
      if (job.ended()) {
        throw UseCaseException.conflict("job " + id + " is " + job.state() + " already");
      }
      if (mode == StopMode.SAVEPOINT) {
        String savepoint =
            rest.stopWithSavepoint(
                id, checkpoints.toAbsolutePath().resolve("savepoints").toUri(), SAVEPOINT_TIMEOUT);
        return new ClusterStop(id, Optional.of(savepoint));
      }
      rest.cancel(id);
      return new ClusterStop(id, Optional.empty());
    } catch (IOException e) {
      throw UseCaseException.invalid("stopping job " + id + " failed: " + e.getMessage());
    }
  }

  /** How a job stops. */
  public enum StopMode {
    /** With a final savepoint, for a later resume. */
    SAVEPOINT,
    /** At once; the newest retained checkpoint stays. */
    CANCEL
  }

  /**
   * A stopped job.
   *
   * @param jobId its id
   * @param savepoint where its final savepoint lies, empty when cancelled
   */
  public record ClusterStop(String jobId, Optional<String> savepoint) {}

  private static String onlyRunning(FlinkRest rest, FlinkAddress flink) {
    List<FlinkRest.Job> running = running(rest, flink);
    if (running.isEmpty()) {
      throw UseCaseException.notFound("no job runs on " + flink);
    }
    if (running.size() > 1) {
      throw UseCaseException.invalid(
          running.size() + " jobs run on " + flink + "; name one with --job ID");
    }
    return running.get(0).id();
  }

  private static List<FlinkRest.Job> running(FlinkRest rest, FlinkAddress flink) {
    try {
      return rest.jobs().stream().filter(job -> !job.ended()).toList();
    } catch (IOException e) {
      throw unreachable(flink);
    }
  }

  private static FlinkRest rest(FlinkAddress flink) {
    return new FlinkRest(flink.host(), flink.port());
  }

  private static UseCaseException unreachable(FlinkAddress flink) {
    return UseCaseException.invalid(
        "the Flink cluster at " + flink + " does not answer (bf infra status)");
  }
}
