package io.breadthflow.app.watchlists;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.store.DuplicateWatchlistException;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.Watchlist;
import io.breadthflow.store.WatchlistStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A user's named watchlists: create, rename, reorder, delete, their symbols, import and export, and
 * rows of the latest stored data. Every method takes the owner's user id: a list of another user is
 * reported as absent ({@link io.breadthflow.app.Failure#NOT_FOUND}), never shown or changed. A name
 * taken, or a limit reached, is a {@link io.breadthflow.app.Failure#CONFLICT}. Thread-safe.
 */
public final class WatchlistService {
  /** Most lists one user may have. */
  public static final int MAX_LISTS = 50;

  /** Most symbols one list may hold. */
  public static final int MAX_SYMBOLS = 500;

  /** Most closes a row carries for its sparkline. */
  public static final int SPARKLINE_CLOSES = 30;

  private static final String FULL =
      "the list holds " + MAX_SYMBOLS + " symbols, the most a list may hold";

  private final WatchlistStore lists;
  private final WatchlistRows rows;

  public WatchlistService(MarketStore store) {
    this.lists = store.watchlists();
    this.rows = new WatchlistRows(store);
  }

  /** The lists of {@code userId} in the user's order, with their symbols. */
  public List<Watchlist> lists(long userId) {
    return lists.listsOf(userId);
  }

  /**
   * List {@code watchlistId} of {@code userId}.
   *
   * @throws UseCaseException (not found) when the user has no such list
   */
  public Watchlist list(long userId, long watchlistId) {
    return lists.list(userId, watchlistId).orElseThrow(() -> notFound(watchlistId));
  }

  /**
   * A new, empty list of {@code userId}, placed last.
   *
   * @throws UseCaseException (conflict) when the name is taken or the user has {@value #MAX_LISTS}
   *     lists
   */
  public Watchlist create(long userId, WatchlistName name) {
    UseCaseException.required(name, "name");
    if (lists.listsOf(userId).size() >= MAX_LISTS) {
      throw UseCaseException.conflict(
          "you have " + MAX_LISTS + " watchlists, the most a user may have");
    }
    try {
      return lists.create(userId, name.value());
    } catch (DuplicateWatchlistException e) {
      throw taken(name);
    }
  }

  /**
   * Renames list {@code watchlistId} of {@code userId}.
   *
   * @throws UseCaseException (not found) when the user has no such list, (conflict) when another of
   *     the user's lists has the name
   */
  public Watchlist rename(long userId, long watchlistId, WatchlistName name) {
    UseCaseException.required(name, "name");
    try {
      return lists
          .rename(userId, watchlistId, name.value())
          .orElseThrow(() -> notFound(watchlistId));
    } catch (DuplicateWatchlistException e) {
      throw taken(name);
    }
  }

  /**
   * Deletes list {@code watchlistId} of {@code userId} with its symbols.
   *
   * @throws UseCaseException (not found) when the user has no such list
   */
  public void delete(long userId, long watchlistId) {
    if (!lists.delete(userId, watchlistId)) {
      throw notFound(watchlistId);
    }
  }

  /**
   * Puts the lists of {@code userId} in {@code order}; returns them in it.
   *
   * @throws UseCaseException (not found) when an id is not one of the user's lists, (invalid
   *     request) when the order leaves one of them out
   */
  public List<Watchlist> reorder(long userId, ListOrder order) {
    UseCaseException.required(order, "order");
    Set<Long> owned = new HashSet<>();
    for (Watchlist list : lists.listsOf(userId)) {
      owned.add(list.id());
    }
    for (long id : order.ids()) {
      if (!owned.contains(id)) {
        throw notFound(id);
      }
    }
    if (!lists.reorderLists(userId, order.ids())) {
      throw UseCaseException.invalid("ids must name each of your " + owned.size() + " watchlists");
    }
    return lists.listsOf(userId);
  }

  /**
   * Appends {@code symbol} to list {@code watchlistId} of {@code userId}; a symbol the list holds
   * stays where it is.
   *
   * @throws UseCaseException (not found) when the user has no such list, (conflict) when the list
   *     holds {@value #MAX_SYMBOLS} symbols
   */
  public Watchlist addSymbol(long userId, long watchlistId, WatchlistSymbol symbol) {
    UseCaseException.required(symbol, "symbol");
    Watchlist list = list(userId, watchlistId);
    if (list.symbols().contains(symbol.value())) {
      return list;
    }
    if (list.symbols().size() >= MAX_SYMBOLS) {
      throw UseCaseException.conflict(FULL);
    }
    Watchlist after =
        lists
            .addSymbols(userId, watchlistId, List.of(symbol.value()), MAX_SYMBOLS)
            .orElseThrow(() -> notFound(watchlistId));
    if (!after.symbols().contains(symbol.value())) {
      throw UseCaseException.conflict(FULL);
    }
    return after;
  }

  /**
   * Removes {@code symbol} from list {@code watchlistId} of {@code userId}.
   *
   * @throws UseCaseException (not found) when the user has no such list or it lacks the symbol
   */
  public Watchlist removeSymbol(long userId, long watchlistId, WatchlistSymbol symbol) {
    UseCaseException.required(symbol, "symbol");
    Watchlist list = list(userId, watchlistId);
    if (!list.symbols().contains(symbol.value())) {
      throw UseCaseException.notFound(
          "watchlist " + watchlistId + " has no symbol " + symbol.value());
    }
    return lists
        .removeSymbol(userId, watchlistId, symbol.value())
        .orElseThrow(() -> notFound(watchlistId));
  }

  /**
   * Puts the symbols of list {@code watchlistId} of {@code userId} in {@code order}.
   *
   * @throws UseCaseException (not found) when the user has no such list, (invalid request) when the
   *     order is not the list's symbols, each once
   */
  public Watchlist reorderSymbols(long userId, long watchlistId, SymbolOrder order) {
    UseCaseException.required(order, "order");
    Watchlist list = list(userId, watchlistId);
    List<String> wanted = order.values();
    if (!new HashSet<>(wanted).equals(new HashSet<>(list.symbols()))) {
      throw UseCaseException.invalid(
          "symbols must name each of the list's " + list.symbols().size() + " symbols once");
    }
    return lists
        .replaceSymbols(userId, watchlistId, wanted)
        .orElseThrow(() -> notFound(watchlistId));
  }

  /**
   * Imports the symbols of a file into a new list {@code name} of {@code userId}: the list is
   * created first and deleted again when the import is refused, so a refused import leaves nothing
   * behind.
   *
   * @throws UseCaseException as {@link #create} and {@link #importSymbols} do
   */
  public ImportReport importAsNewList(long userId, WatchlistName name, WatchlistImport request) {
    UseCaseException.required(request, "import");
    Watchlist created = create(userId, name);
    try {
      return importSymbols(userId, created.id(), request);
    } catch (RuntimeException e) {
      delete(userId, created.id());
      throw e;
    }
  }

  /**
   * Imports the symbols of a file into list {@code watchlistId} of {@code userId}. Entries that are
   * no valid symbol, and symbols beyond the list's limit of {@value #MAX_SYMBOLS}, are reported
   * with their line and reason; the valid ones are added (or replace the list's, by {@link
   * WatchlistImport#mode()}) all at once.
   *
   * @throws UseCaseException (not found) when the user has no such list, (invalid request) when a
   *     CSV file has no header with a symbol column, or a replace finds no valid symbol (an empty
   *     list is made by removing symbols, not by importing nothing)
   */
  public ImportReport importSymbols(long userId, long watchlistId, WatchlistImport request) {
    UseCaseException.required(request, "import");
    Watchlist before = list(userId, watchlistId);
    ListText.Parsed parsed = ListText.parse(request.format(), request.text());
    boolean replace = request.mode() == ImportMode.REPLACE;
    if (replace && parsed.symbols().isEmpty()) {
      throw UseCaseException.invalid(
          "the file holds no valid symbol; a replace would empty the list, so nothing was changed");
    }
    Set<String> held = replace ? Set.of() : new HashSet<>(before.symbols());
    Map<String, Integer> kept = new LinkedHashMap<>();
    int duplicates = 0;
    for (ListText.Entry entry : parsed.symbols()) {
      if (held.contains(entry.symbol()) || kept.containsKey(entry.symbol())) {
        duplicates++;
      } else {
        kept.put(entry.symbol(), entry.line());
      }
    }
    List<String> imported = List.copyOf(kept.keySet());
    Watchlist after =
        (replace
                ? lists.replaceSymbols(
                    userId,
                    watchlistId,
                    imported.subList(0, Math.min(imported.size(), MAX_SYMBOLS)))
                : lists.addSymbols(userId, watchlistId, imported, MAX_SYMBOLS))
            .orElseThrow(() -> notFound(watchlistId));
    Set<String> previous = new HashSet<>(before.symbols());
    Set<String> now = new HashSet<>(after.symbols());
    List<RejectedLine> rejected = new ArrayList<>(parsed.rejected());
    List<String> added = new ArrayList<>();
    for (Map.Entry<String, Integer> entry : kept.entrySet()) {
      String symbol = entry.getKey();
      if (!now.contains(symbol)) {
        rejected.add(new RejectedLine(entry.getValue(), symbol, FULL));
      } else if (previous.contains(symbol)) {
        duplicates++;
      } else {
        added.add(symbol);
      }
    }
    rejected.sort(Comparator.comparingInt(RejectedLine::line));
    List<String> removed = before.symbols().stream().filter(s -> !now.contains(s)).toList();
    return new ImportReport(after, added, duplicates, removed, rejected);
  }

  /**
   * List {@code watchlistId} of {@code userId} written in {@code format}.
   *
   * @throws UseCaseException (not found) when the user has no such list
   */
  public ExportedList export(long userId, long watchlistId, ListFormat format) {
    UseCaseException.required(format, "format");
    return ListText.export(list(userId, watchlistId), format);
  }

  /**
   * One row per symbol of list {@code watchlistId} of {@code userId}, in the list's order, from the
   * latest stored daily bars and signals (see {@link WatchlistRow} for what is absent without
   * data).
   *
   * @throws UseCaseException (not found) when the user has no such list
   */
  public List<WatchlistRow> rows(long userId, long watchlistId) {
    return rows.of(list(userId, watchlistId).symbols());
  }

  /**
   * The list of {@code userId} named {@value WatchlistStore#DEFAULT_NAME}, created (empty, last)
   * when the user has none: the list the single-watchlist routes work on.
   *
   * @throws UseCaseException (conflict) when it would be created but the user has {@value
   *     #MAX_LISTS} lists
   */
  public Watchlist defaultList(long userId) {
    List<Watchlist> owned = lists.listsOf(userId);
    boolean exists =
        owned.stream().anyMatch(list -> list.name().equals(WatchlistStore.DEFAULT_NAME));
    if (!exists && owned.size() >= MAX_LISTS) {
      throw UseCaseException.conflict(
          "you have " + MAX_LISTS + " watchlists, none named " + WatchlistStore.DEFAULT_NAME);
    }
    return lists.defaultList(userId);
  }

  /** {@link #addSymbol} on the {@link #defaultList} of {@code userId}. */
  public Watchlist addToDefault(long userId, WatchlistSymbol symbol) {
    return addSymbol(userId, defaultList(userId).id(), symbol);
  }

  /** {@link #removeSymbol} on the {@link #defaultList} of {@code userId}. */
  public Watchlist removeFromDefault(long userId, WatchlistSymbol symbol) {
    return removeSymbol(userId, defaultList(userId).id(), symbol);
  }

  private static UseCaseException notFound(long watchlistId) {
    return UseCaseException.notFound("no watchlist with id " + watchlistId);
  }

  private static UseCaseException taken(WatchlistName name) {
    return UseCaseException.conflict("you have a watchlist named '" + name.value() + "'");
  }
}
