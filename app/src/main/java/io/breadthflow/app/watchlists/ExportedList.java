package io.breadthflow.app.watchlists;

/**
 * A watchlist written as a file.
 *
 * @param fileName a suggested file name: the list's name made safe, with the format's extension
 * @param contentType the media type (UTF-8 text)
 * @param text the content; importing it into an empty list gives the same symbols in order
 */
public record ExportedList(String fileName, String contentType, String text) {}
