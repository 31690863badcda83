package io.breadthflow.ingest.csv;

/**
 * A data row left out of a file, kept with its reason so nothing is lost silently.
 *
 * @param lineNumber 1-based line number in the file (the header is line 1)
 * @param raw the line as read
 * @param reason why it was left out, e.g. {@code "missing Open"} or {@code "non-positive price"}
 */
public record RejectedRow(int lineNumber, String raw, String reason) {}
