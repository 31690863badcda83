package io.breadthflow.app.watchlists;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.ingest.csv.OneLine;

/**
 * The name of a watchlist, stripped of surrounding blanks: 1 to {@value #MAX_LENGTH} characters
 * without control characters.
 */
public record WatchlistName(String value) {
  /** Longest name. */
  public static final int MAX_LENGTH = 64;

  public WatchlistName {
    UseCaseException.required(value, "name");
    value = value.strip();
    if (value.isEmpty()
        || value.length() > MAX_LENGTH
        || !OneLine.of(value, MAX_LENGTH).equals(value)) {
      throw UseCaseException.invalid(
          "name must be 1 to " + MAX_LENGTH + " characters without control characters");
    }
  }
}
