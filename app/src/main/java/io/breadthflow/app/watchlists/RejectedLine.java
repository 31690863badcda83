package io.breadthflow.app.watchlists;

/**
 * An entry of an imported file that was not added.
 *
 * @param line the line number, from 1
 * @param text the entry as given, on one line and cut to 40 characters
 * @param reason why it was not added
 */
public record RejectedLine(int line, String text, String reason) {}
