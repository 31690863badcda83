package io.breadthflow.app.stream;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.run.RunRequest;
import io.breadthflow.stream.ReadExtent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The streaming job submitted to a Flink session cluster: it reads {@code market-data} and writes
 * the output topics and the store, as in the embedded Kafka mode.
 *
 * @param flink the cluster's JobManager
 * @param source the universe of the trades it reads
 * @param extent endless, or up to the end {@code market-data} has at submission (a replay)
 * @param job how it runs (parallelism, checkpoint interval and folder, start)
 */
public record ClusterJobRequest(
    FlinkAddress flink, StreamSource.Kafka source, ReadExtent extent, JobSettings job)
    implements RunRequest {
  public ClusterJobRequest {
    if (flink == null || source == null || extent == null || job == null) {
      throw UseCaseException.invalid("a cluster job needs a cluster, a source and its settings");
    }
  }

  @Override
  public String command() {
    return "stream run --flink";
  }

  @Override
  public Map<String, Object> parameters() {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("flink", flink.toString());
    parameters.put("source", source.code());
    parameters.put("extent", extent);
    parameters.put("intervals", job.intervals().stream().map(i -> i.code()).toList());
    parameters.put("parallelism", job.parallelism());
    parameters.put("start", job.start());
    return parameters;
  }
}
