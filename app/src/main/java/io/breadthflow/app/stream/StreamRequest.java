package io.breadthflow.app.stream;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.run.RunRequest;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A streaming job: a source through the pipeline into the store (and, in Kafka mode, the output
 * topics).
 *
 * @param source where trades or bars come from
 * @param job how the job runs
 */
public record StreamRequest(StreamSource source, JobSettings job) implements RunRequest {
  public StreamRequest {
    if (source == null || job == null) {
      throw UseCaseException.invalid("a streaming job needs a source and its settings");
    }
  }

  @Override
  public String command() {
    return "stream run";
  }

  @Override
  public Map<String, Object> parameters() {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("source", source.code());
    parameters.put("intervals", job.intervals().stream().map(i -> i.code()).toList());
    parameters.put("parallelism", job.parallelism());
    parameters.put("start", job.start());
    job.strategy().ifPresent(strategy -> parameters.put("strategy", strategy.name()));
    return parameters;
  }
}
