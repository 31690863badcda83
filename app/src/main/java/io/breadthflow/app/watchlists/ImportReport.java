package io.breadthflow.app.watchlists;

import io.breadthflow.store.Watchlist;
import java.util.List;

/**
 * What an import did.
 *
 * @param watchlist the list after the import
 * @param added symbols that were not in the list before, in the file's order
 * @param duplicates valid symbols that were in the list already or repeated in the file
 * @param removed symbols a {@link ImportMode#REPLACE} import took out of the list
 * @param rejected entries that were not added, by line
 */
public record ImportReport(
    Watchlist watchlist,
    List<String> added,
    int duplicates,
    List<String> removed,
    List<RejectedLine> rejected) {
  public ImportReport {
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    rejected = List.copyOf(rejected);
  }
}
