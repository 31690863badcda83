package io.breadthflow.store;

import java.util.List;

/** Users' named watchlists. Implementations are thread-safe. */
public interface WatchlistStore {
  /** The symbols of watchlist {@code watchlistId} in the list's order; empty when there is none. */
  List<String> symbolsOf(long watchlistId);
}
