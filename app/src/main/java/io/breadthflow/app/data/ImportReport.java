package io.breadthflow.app.data;

import io.breadthflow.app.run.RunOutcome;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import did.
 *
 * @param files files processed
 * @param barsWritten bars inserted or changed in the store (0 on a re-import)
 * @param barsAccepted bars that passed validation
 * @param quarantined rows quarantined
 * @param rangeAnomalies accepted bars whose high/low excludes open or close
 * @param failedFiles one line per file that could not be read
 */
public record ImportReport(
    int files,
    long barsWritten,
    long barsAccepted,
    long quarantined,
    long rangeAnomalies,
    List<String> failedFiles)
    implements RunOutcome {

  public ImportReport {
    failedFiles = List.copyOf(failedFiles);
  }

  @Override
  public Map<String, Object> counts() {
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("files", files);
    counts.put("bars_accepted", barsAccepted);
    counts.put("bars_written", barsWritten);
    counts.put("quarantined", quarantined);
    counts.put("range_anomalies", rangeAnomalies);
    counts.put("failed_files", failedFiles.size());
    return counts;
  }

  @Override
  public Completion completion() {
    return failedFiles.isEmpty() ? Completion.COMPLETE : Completion.PARTIAL;
  }

  @Override
  public String problem() {
    return failedFiles.isEmpty() ? "" : failedFiles.size() + " files could not be read";
  }
}
