package io.breadthflow.ingest.membership;

import io.breadthflow.core.domain.Instrument;
import io.breadthflow.ingest.universe.Universe;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A universe whose members change through time, such as an index with its additions and removals:
 * on each date only the members of that date, so that breadth and backtests over past sessions are
 * free of survivorship bias.
 *
 * @param name the universe's name, e.g. {@code sp500}
 * @param history its membership history
 */
public record PointInTimeUniverse(String name, MembershipHistory history) {

  public PointInTimeUniverse {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(history, "history");
  }

  /** The symbols that are members on {@code date}, sorted. */
  public List<String> membersOn(LocalDate date) {
    return history.members(date);
  }

  /**
   * The members of {@code date} as a {@link Universe} named {@code name@date}, each with its sector
   * of that date where known.
   */
  public Universe asUniverseOn(LocalDate date) {
    List<Instrument> members =
        membersOn(date).stream()
            .map(s -> new Instrument(s, "", history.sector(s, date), "", ""))
            .toList();
    return new Universe(name + "@" + date, members);
  }
}
