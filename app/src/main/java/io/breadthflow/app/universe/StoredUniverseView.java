package io.breadthflow.app.universe;

import io.breadthflow.store.StoredUniverse;
import java.time.LocalDate;

/**
 * A stored point-in-time universe as the entry points show it.
 *
 * @param name the universe's name
 * @param intervals number of membership intervals
 * @param symbols number of symbols that were ever members, delisted ones included
 * @param firstDate the earliest start of a membership
 * @param lastChange the latest day on which a membership starts or ends
 */
public record StoredUniverseView(
    String name, long intervals, long symbols, LocalDate firstDate, LocalDate lastChange) {

  static StoredUniverseView of(StoredUniverse stored) {
    return new StoredUniverseView(
        stored.name(),
        stored.intervals(),
        stored.symbols(),
        stored.firstDate(),
        stored.lastChange());
  }
}
