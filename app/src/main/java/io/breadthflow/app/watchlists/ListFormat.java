package io.breadthflow.app.watchlists;

import io.breadthflow.app.UseCaseException;
import java.util.Locale;

/** The text formats a watchlist is imported from and exported to. */
public enum ListFormat {
  /**
   * Symbols separated by line breaks, commas or blanks; {@code #} starts a comment to the end of
   * the line. Exported one symbol a line after a {@code #} line naming the list.
   */
  TXT("text/plain", "txt"),
  /**
   * Comma-separated values with a header naming a {@code symbol} column (any case, other columns
   * ignored, fields may be double-quoted). Exported as {@code position,symbol} from 1.
   */
  CSV("text/csv", "csv");

  private final String contentType;
  private final String extension;

  ListFormat(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  /** The media type of an export (UTF-8). */
  public String contentType() {
    return contentType;
  }

  /** The file-name extension, without the dot. */
  public String extension() {
    return extension;
  }

  /**
   * The format named {@code name} ({@code txt} or {@code csv}, any case).
   *
   * @throws UseCaseException (invalid request) for any other name
   */
  public static ListFormat parse(String name) {
    UseCaseException.required(name, "format");
    return switch (name.strip().toLowerCase(Locale.ROOT)) {
      case "txt" -> TXT;
      case "csv" -> CSV;
      default -> throw UseCaseException.invalid("format must be txt or csv");
    };
  }
}
