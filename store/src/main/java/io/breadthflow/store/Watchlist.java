package io.breadthflow.store;

import java.util.List;
import java.util.Objects;

/**
 * A user's named list of symbols.
 *
 * @param id the list's id, unique across users
 * @param userId its owner
 * @param name its name, unique among the owner's lists
 * @param position its place in the owner's order of lists, from 0
 * @param symbols its symbols in the list's order
 */
public record Watchlist(long id, long userId, String name, int position, List<String> symbols) {
  public Watchlist {
    Objects.requireNonNull(name, "name");
    symbols = List.copyOf(symbols);
  }
}
