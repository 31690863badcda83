package io.breadthflow.ingest.membership;

import io.breadthflow.ingest.csv.RejectedRow;
import java.util.List;

/**
 * The result of reading membership data: the history built from the accepted lines and the lines
 * left out, each with its line number and the reason.
 *
 * @param history the membership history
 * @param rejected the lines not applied, in file order
 */
public record MembershipImport(MembershipHistory history, List<RejectedRow> rejected) {

  public MembershipImport {
    rejected = List.copyOf(rejected);
  }
}
