package io.breadthflow.app.watchlists;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.core.domain.Symbols;
import io.breadthflow.ingest.csv.OneLine;
import java.util.Locale;

/**
 * A symbol for a watchlist, stripped and upper-cased, then checked by {@link Symbols} (1 to 15
 * letters, digits, '.', '-', '^' or '=').
 */
public record WatchlistSymbol(String value) {
  public WatchlistSymbol {
    UseCaseException.required(value, "symbol");
    String given = value;
    value = value.strip().toUpperCase(Locale.ROOT);
    if (!Symbols.isValid(value)) {
      throw UseCaseException.invalid(problem(given));
    }
  }

  /** Why {@code text} is no symbol, on one line. */
  static String problem(String text) {
    return "invalid symbol '"
        + OneLine.of(text, 20)
        + "': use 1 to 15 letters, digits, '.', '-', '^' or '='";
  }
}
