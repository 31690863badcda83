package io.breadthflow.app.universe;

import io.breadthflow.ingest.csv.RejectedRow;
import java.util.List;

/**
 * What a membership import stored.
 *
 * @param universe the stored universe, summarised
 * @param form the form the file was read in
 * @param rejected the rows left out, with line numbers and reasons, in file order
 */
public record MembershipImportReport(
    StoredUniverseView universe, MembershipForm form, List<RejectedRow> rejected) {
  public MembershipImportReport {
    rejected = List.copyOf(rejected);
  }
}
