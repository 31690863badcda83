package io.breadthflow.app.watchlists;

import io.breadthflow.app.UseCaseException;
import java.util.Locale;

/** What an import does with the symbols a watchlist already holds. */
public enum ImportMode {
  /** Keeps them and appends the imported symbols it does not hold. */
  APPEND,
  /** Makes the imported symbols the list's whole content, in the file's order. */
  REPLACE;

  /**
   * The mode named {@code name} ({@code append} or {@code replace}, any case).
   *
   * @throws UseCaseException (invalid request) for any other name
   */
  public static ImportMode parse(String name) {
    UseCaseException.required(name, "mode");
    return switch (name.strip().toLowerCase(Locale.ROOT)) {
      case "append" -> APPEND;
      case "replace" -> REPLACE;
      default -> throw UseCaseException.invalid("mode must be append or replace");
    };
  }
}
