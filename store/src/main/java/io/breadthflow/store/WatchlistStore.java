package io.breadthflow.store;

import java.util.List;
import java.util.Optional;

/**
 * Users' named watchlists. Every lookup but {@link #symbolsOf} names the owner: a list of another
 * user is treated as absent. Positions are dense (0, 1, ...): removing a list or a symbol closes
 * the gap. Writes are transactions under the store's write lock. Implementations are thread-safe.
 */
public interface WatchlistStore {
  /** The name of the list {@link #defaultList} finds or creates. */
  String DEFAULT_NAME = "Watchlist";

  /** The symbols of watchlist {@code watchlistId} in the list's order; empty when there is none. */
  List<String> symbolsOf(long watchlistId);

  /** The lists of {@code userId} in the user's order. */
  List<Watchlist> listsOf(long userId);

  /** List {@code watchlistId} when {@code userId} owns it. */
  Optional<Watchlist> list(long userId, long watchlistId);

  /**
   * A new, empty list of {@code userId} named {@code name}, placed after the user's other lists.
   *
   * @throws DuplicateWatchlistException when the user has a list of that name
   */
  Watchlist create(long userId, String name);

  /**
   * Renames list {@code watchlistId} of {@code userId}; empty when the user has no such list.
   *
   * @throws DuplicateWatchlistException when another list of the user has that name
   */
  Optional<Watchlist> rename(long userId, long watchlistId, String name);

  /** Deletes list {@code watchlistId} of {@code userId} and its symbols; false when none. */
  boolean delete(long userId, long watchlistId);

  /**
   * Puts the lists of {@code userId} in the order of {@code ids}.
   *
   * @return false (and nothing changed) unless {@code ids} names each of the user's lists once
   */
  boolean reorderLists(long userId, List<Long> ids);

  /**
   * Appends to list {@code watchlistId} of {@code userId} those of {@code symbols} it does not
   * hold, in their order, while it holds fewer than {@code capacity}: the rest are not added
   * (checked in the same transaction, so concurrent additions cannot pass it). Empty when the user
   * has no such list.
   */
  Optional<Watchlist> addSymbols(long userId, long watchlistId, List<String> symbols, int capacity);

  /**
   * Removes {@code symbol} from list {@code watchlistId} of {@code userId}; empty when the user has
   * no such list (a list without the symbol is returned unchanged).
   */
  Optional<Watchlist> removeSymbol(long userId, long watchlistId, String symbol);

  /**
   * Makes {@code symbols} (distinct) the content of list {@code watchlistId} of {@code userId}, in
   * their order; symbols kept keep the time they were added. Empty when the user has no such list.
   */
  Optional<Watchlist> replaceSymbols(long userId, long watchlistId, List<String> symbols);

  /** The list of {@code userId} named {@link #DEFAULT_NAME}, created (last) when there is none. */
  Watchlist defaultList(long userId);
}
