package io.breadthflow.app.universe;

import io.breadthflow.core.domain.Instrument;
import java.util.List;

/**
 * The universes breadth, signals and backtests can take: the built-in lists and the stored
 * point-in-time universes, each with the sectors its members are classified in.
 *
 * @param builtIn the built-in universes, in {@link
 *     io.breadthflow.ingest.universe.Universes#BUILT_IN} order
 * @param pointInTime the stored point-in-time universes, by name
 */
public record UniverseCatalogue(List<BuiltIn> builtIn, List<PointInTime> pointInTime) {
  public UniverseCatalogue {
    builtIn = List.copyOf(builtIn);
    pointInTime = List.copyOf(pointInTime);
  }

  /**
   * A built-in universe.
   *
   * @param name its name, e.g. {@code sp100}
   * @param members today's members, in the list's order
   * @param sectors the sectors of its members, sorted; members without one are left out
   */
  public record BuiltIn(String name, List<Instrument> members, List<String> sectors) {
    public BuiltIn {
      members = List.copyOf(members);
      sectors = List.copyOf(sectors);
    }

    public UniverseKind kind() {
      return UniverseKind.BUILT_IN;
    }
  }

  /**
   * A stored point-in-time universe.
   *
   * @param universe its summary: intervals, ever-members, first and last change
   * @param sectors the sectors any of its membership intervals names, sorted; intervals without one
   *     are left out
   */
  public record PointInTime(StoredUniverseView universe, List<String> sectors) {
    public PointInTime {
      sectors = List.copyOf(sectors);
    }

    public UniverseKind kind() {
      return UniverseKind.POINT_IN_TIME;
    }
  }
}
