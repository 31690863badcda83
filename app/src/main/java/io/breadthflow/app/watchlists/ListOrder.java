package io.breadthflow.app.watchlists;

import io.breadthflow.app.UseCaseException;
import java.util.HashSet;
import java.util.List;

/**
 * A new order of a user's watchlists: every id of the user's lists, once each, first shown first.
 *
 * @param ids 1 to {@value WatchlistService#MAX_LISTS} distinct ids
 */
public record ListOrder(List<Long> ids) {
  public ListOrder {
    ids = List.copyOf(UseCaseException.requiredEach(ids, "ids"));
    if (ids.isEmpty() || ids.size() > WatchlistService.MAX_LISTS) {
      throw UseCaseException.invalid("ids must name 1 to " + WatchlistService.MAX_LISTS + " lists");
    }
    if (new HashSet<>(ids).size() != ids.size()) {
      throw UseCaseException.invalid("ids must not repeat a list");
    }
  }
}
