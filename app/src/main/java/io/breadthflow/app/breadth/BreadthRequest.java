package io.breadthflow.app.breadth;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.run.RunRequest;
import io.breadthflow.app.universe.DateRange;
import io.breadthflow.ingest.membership.PointInTimeUniverse;
import io.breadthflow.ingest.universe.Universe;
import java.util.Map;
import java.util.Optional;

/**
 * Market breadth of a universe per session.
 *
 * @param universe the stocks; for a point-in-time universe, every stock that was ever a member
 * @param range the sessions reported (all stored history before warms up the averages)
 * @param grouping the whole universe or each sector (of each session, for a point-in-time one)
 * @param columns today's columns, or today's and the whole catalogue
 * @param pointInTime the membership history that decides which stocks count on each session, or
 *     empty when every stock of {@code universe} counts on every session
 */
public record BreadthRequest(
    Universe universe,
    DateRange range,
    Grouping grouping,
    Columns columns,
    Optional<PointInTimeUniverse> pointInTime)
    implements RunRequest {

  /** Which breadth indicators. */
  public enum Columns {
    /** A/D, TRIN, McClellan, % above SMA50/200, 52-week highs/lows, Zweig thrust. */
    STANDARD,
    /** Those and the catalogue of {@link io.breadthflow.core.breadth.BreadthCatalogue}. */
    ALL
  }

  /** Whose breadth. */
  public enum Grouping {
    UNIVERSE,
    BY_SECTOR
  }

  public BreadthRequest {
    pointInTime = pointInTime == null ? Optional.empty() : pointInTime;
    if (universe == null || range == null || grouping == null || columns == null) {
      throw UseCaseException.invalid(
          "breadth needs a universe, a date range, a grouping and a set of columns");
    }
  }

  /** Breadth of a fixed universe. */
  public BreadthRequest(Universe universe, DateRange range, Grouping grouping, Columns columns) {
    this(universe, range, grouping, columns, Optional.empty());
  }

  /** Breadth of a point-in-time universe: on each session, of the members of that session. */
  public static BreadthRequest pointInTime(
      PointInTimeUniverse universe, DateRange range, Grouping grouping, Columns columns) {
    UseCaseException.required(universe, "the point-in-time universe");
    return new BreadthRequest(
        universe.everMembers(), range, grouping, columns, Optional.of(universe));
  }

  /** Today's columns. */
  public BreadthRequest(Universe universe, DateRange range, Grouping grouping) {
    this(universe, range, grouping, Columns.STANDARD);
  }

  @Override
  public String command() {
    return "breadth";
  }

  @Override
  public Map<String, Object> parameters() {
    Map<String, Object> parameters = range.describe(universe);
    parameters.put("grouping", grouping);
    parameters.put("columns", columns);
    pointInTime.ifPresent(p -> parameters.put("point_in_time", true));
    return parameters;
  }
}
