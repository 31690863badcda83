package io.breadthflow.cli.stream;

import io.breadthflow.app.Application;
import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.config.Configuration;
import io.breadthflow.app.run.Recorded;
import io.breadthflow.app.stream.ClusterJobRequest;
import io.breadthflow.app.stream.ClusterSubmission;
import io.breadthflow.app.stream.FlinkAddress;
import io.breadthflow.app.stream.JobSettings;
import io.breadthflow.app.stream.StreamSource;
import io.breadthflow.ingest.universe.Universe;
import io.breadthflow.stream.ReadExtent;
import java.io.PrintWriter;

/** What {@code bf stream run --flink} and {@code bf stream resume} share: a cluster submission. */
final class ClusterJobs {
  private ClusterJobs() {}

  static void submit(
      Configuration configuration,
      FlinkAddress flink,
      Universe universe,
      ReadExtent extent,
      JobSettings settings,
      PrintWriter out) {
    if (universe == null) {
      throw UseCaseException.invalid("a job on a cluster needs --symbols or --symbol-list");
    }
    try (Application application = Application.open(configuration)) {
      Recorded<ClusterSubmission> submitted =
          application
              .clusterJobs()
              .submit(
                  new ClusterJobRequest(flink, new StreamSource.Kafka(universe), extent, settings));
      ClusterSubmission job = submitted.result();
      job.restoredFrom().ifPresent(path -> out.println("restored from " + path));
      out.println(job.jobId());
      out.flush();
    }
  }
}
