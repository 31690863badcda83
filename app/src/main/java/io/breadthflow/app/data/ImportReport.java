package io.breadthflow.cli.data;

import java.util.List;
import java.util.Locale;

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
public record ImportResult(
    int files,
    long barsWritten,
    long barsAccepted,
    long quarantined,
    long rangeAnomalies,
    List<String> failedFiles) {

  public ImportResult {
    failedFiles = List.copyOf(failedFiles);
  }

  /** The counts as a JSON object, for the pipeline run record. */
  public String countsJson() {
    return String.format(
        Locale.ROOT,
        "{\"files\":%d,\"bars_accepted\":%d,\"bars_written\":%d,\"quarantined\":%d,"
            + "\"range_anomalies\":%d,\"failed_files\":%d}",
        files,
        barsAccepted,
        barsWritten,
        quarantined,
        rangeAnomalies,
        failedFiles.size());
  }
}
