package io.breadthflow.app.stream;

import io.breadthflow.app.run.RunOutcome;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A job submitted to a cluster.
 *
 * @param jobId its Flink id
 * @param name its name
 * @param restoredFrom the checkpoint or savepoint it resumed from, if any
 */
public record ClusterSubmission(String jobId, String name, Optional<String> restoredFrom)
    implements RunOutcome {
  @Override
  public Map<String, Object> counts() {
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("job_id", jobId);
    counts.put("restored_from", restoredFrom.orElse(""));
    return counts;
  }
}
