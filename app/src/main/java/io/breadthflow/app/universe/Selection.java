package io.breadthflow.app.universe;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.UserText;
import io.breadthflow.core.domain.Symbols;
import io.breadthflow.ingest.universe.Universe;
import io.breadthflow.ingest.universe.Universes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The universe a request works on: explicit symbols (1 to {@value #MAX_SYMBOLS}) or a symbol list
 * (a built-in name or a file). The same rules for every entry point.
 */
public final class Selection {
  /** Most symbols one request may name. */
  public static final int MAX_SYMBOLS = 1_000;

  private Selection() {}

  /**
   * The universe of {@code symbols} (when given) or {@code list}; exactly one of the two.
   *
   * @throws UseCaseException when neither or both are given, or a symbol or list is invalid
   */
  public static Universe of(List<String> symbols, String list) {
    boolean haveSymbols = symbols != null && !symbols.isEmpty();
    if (haveSymbols == (list != null && !list.isBlank())) {
      throw UseCaseException.invalid("give either symbols or a symbol list");
    }
    return haveSymbols ? symbols(symbols) : list(list);
  }

  /** A built-in universe or a list file. */
  public static Universe list(String nameOrFile) {
    try {
      return Universes.load(nameOrFile.strip());
    } catch (IllegalArgumentException e) {
      throw UseCaseException.invalid(e.getMessage());
    } catch (RuntimeException e) {
      throw UseCaseException.invalid("cannot read the symbol list " + nameOrFile);
    }
  }

  /** A built-in universe only (what remote callers may name). */
  public static Universe builtIn(String name) {
    if (name == null || !Universes.BUILT_IN.contains(name)) {
      throw UseCaseException.invalid("universe must be one of " + Universes.BUILT_IN);
    }
    return Universes.load(name);
  }

  /** Explicit symbols, upper-cased, duplicates dropped, each checked. */
  public static Universe symbols(List<String> given) {
    UseCaseException.required(given, "symbols");
    List<String> symbols = new ArrayList<>();
    for (String raw : given) {
      String symbol = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
      if (symbol.isEmpty()) {
        continue;
      }
      if (!Symbols.isValid(symbol)) {
        throw UseCaseException.invalid("invalid symbol '" + UserText.quoted(raw) + "'");
      }
      if (!symbols.contains(symbol)) {
        symbols.add(symbol);
      }
    }
    if (symbols.isEmpty() || symbols.size() > MAX_SYMBOLS) {
      throw UseCaseException.invalid("give 1 to " + MAX_SYMBOLS + " symbols");
    }
    return Universes.of(symbols);
  }
}
