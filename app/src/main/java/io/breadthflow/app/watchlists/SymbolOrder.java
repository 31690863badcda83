package io.breadthflow.app.watchlists;

import io.breadthflow.app.UseCaseException;
import java.util.HashSet;
import java.util.List;

/**
 * A new order of one watchlist's symbols: each of its symbols once, first shown first.
 *
 * @param symbols 1 to {@value WatchlistService#MAX_SYMBOLS} distinct symbols
 */
public record SymbolOrder(List<WatchlistSymbol> symbols) {
  public SymbolOrder {
    symbols = List.copyOf(UseCaseException.requiredEach(symbols, "symbols"));
    if (symbols.isEmpty() || symbols.size() > WatchlistService.MAX_SYMBOLS) {
      throw UseCaseException.invalid(
          "symbols must name 1 to " + WatchlistService.MAX_SYMBOLS + " symbols");
    }
    if (new HashSet<>(symbols).size() != symbols.size()) {
      throw UseCaseException.invalid("symbols must not repeat a symbol");
    }
  }

  /** The order of the given texts, each checked as a {@link WatchlistSymbol}. */
  public static SymbolOrder of(List<String> symbols) {
    return new SymbolOrder(
        UseCaseException.requiredEach(symbols, "symbols").stream()
            .map(WatchlistSymbol::new)
            .toList());
  }

  /** The symbols' texts in order. */
  List<String> values() {
    return symbols.stream().map(WatchlistSymbol::value).toList();
  }
}
