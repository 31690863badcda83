package io.breadthflow.app.infra;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.run.Progress;
import io.breadthflow.stream.cluster.FlinkRest;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * {@code bf infra chaos}: kills a random TaskManager or Kafka broker of the local cluster with
 * {@code kill -9} while a job runs (or only one kind of them), measures the time until the job
 * completes a checkpoint again (its transactional output committed), restarts the process, and
 * repeats. The JobManager is left alone: without high availability its loss is a resume, not a
 * recovery.
 */
public final class ClusterChaos {
  private static final Duration RECOVERY_LIMIT = Duration.ofMinutes(3);

  private final InfraService infra;

  public ClusterChaos(InfraService infra) {
    this.infra = infra;
  }

  /**
   * Runs the trials.
   *
   * @throws UseCaseException when no job runs on the cluster
   */
  public ChaosReport run(ChaosRequest request, Progress progress) throws Exception {
    InfraLayout layout = request.cluster().layout();
    FlinkRest flink = new FlinkRest("127.0.0.1", layout.flinkRestPort());
    String jobId = runningJob(flink);
    ClusterProcesses processes = new ClusterProcesses(layout);
    List<String> victims =
        layout.nodes().stream()
            .filter(node -> request.targets().contains(node.role()))
            .map(ClusterNode::name)
            .toList();
    Random random = new Random(request.seed());
    List<ChaosReport.Trial> trials = new ArrayList<>();
    progress.begin("chaos", request.trials());
    try {
      for (int i = 0; i < request.trials(); i++) {
        String victim = victims.get(random.nextInt(victims.size()));
        long before = checkpointId(flink, jobId);
        ProcessHandle process =
            processes
                .alive(victim)
                .orElseThrow(
                    () -> UseCaseException.invalid(victim + " does not run; bf infra start first"));
        long killed = System.nanoTime();
        process.destroyForcibly();
        process.onExit().get();
        Duration recovery = awaitCheckpointAfter(flink, jobId, before, killed);
        trials.add(new ChaosReport.Trial(victim, recovery, state(flink, jobId)));
        infra.start(request.cluster(), Progress.SILENT);
        progress.step(victim + " " + recovery.toMillis() + " ms");
      }
    } finally {
      progress.end();
    }
    return new ChaosReport(jobId, trials);
  }

  private static String runningJob(FlinkRest flink) {
    try {
      return flink.jobs().stream()
          .filter(job -> job.state().equals("RUNNING"))
          .map(FlinkRest.Job::id)
          .findFirst()
          .orElseThrow(
              () ->
                  UseCaseException.invalid(
                      "no job runs on the cluster: start one with bf stream run --flink"));
    } catch (IOException e) {
      throw UseCaseException.invalid("the cluster's JobManager does not answer (bf infra status)");
    }
  }

  /** Waits for a completed checkpoint newer than {@code before}; the time since {@code killed}. */
  private static Duration awaitCheckpointAfter(
      FlinkRest flink, String jobId, long before, long killed) throws InterruptedException {
    long deadline = killed + RECOVERY_LIMIT.toNanos();
    while (System.nanoTime() < deadline) {
      if (checkpointId(flink, jobId) > before && state(flink, jobId).equals("RUNNING")) {
        return Duration.ofNanos(System.nanoTime() - killed);
      }
      Thread.sleep(100);
    }
    throw UseCaseException.invalid(
        "job "
            + jobId
            + " did not complete a checkpoint within "
            + RECOVERY_LIMIT.toMinutes()
            + " min of the kill");
  }

  private static long checkpointId(FlinkRest flink, String jobId) {
    try {
      Optional<FlinkRest.Checkpoint> latest = flink.latestCheckpoint(jobId);
      return latest.map(FlinkRest.Checkpoint::id).orElse(0L);
    } catch (IOException e) {
      return -1;
    }
  }

  private static String state(FlinkRest flink, String jobId) {
    try {
      return flink.job(jobId).map(FlinkRest.Job::state).orElse("UNKNOWN");
    } catch (IOException e) {
      return "UNKNOWN";
    }
  }
}
