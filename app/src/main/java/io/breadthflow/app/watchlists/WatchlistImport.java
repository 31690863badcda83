package io.breadthflow.app.watchlists;

import io.breadthflow.app.UseCaseException;

/**
 * Symbols to import into a watchlist from an uploaded text.
 *
 * @param format how {@code text} is written
 * @param mode whether the symbols are added to the list's or replace them
 * @param text the file's content, at most {@value #MAX_CHARS} characters
 */
public record WatchlistImport(ListFormat format, ImportMode mode, String text) {
  /** Largest text accepted (256 KiB of characters: far more than 500 symbols need). */
  public static final int MAX_CHARS = 256 * 1024;

  public WatchlistImport {
    UseCaseException.required(format, "format");
    UseCaseException.required(mode, "mode");
    UseCaseException.required(text, "text");
    if (text.length() > MAX_CHARS) {
      throw UseCaseException.invalid("the file must be at most " + MAX_CHARS + " characters");
    }
  }
}
