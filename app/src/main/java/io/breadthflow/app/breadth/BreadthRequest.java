package io.breadthflow.app.breadth;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.run.RunRequest;
import io.breadthflow.app.universe.DateRange;
import io.breadthflow.ingest.universe.Universe;
import java.util.Map;

/**
 * Market breadth of a universe per session.
 *
 * @param universe the stocks
 * @param range the sessions reported (all stored history before warms up the averages)
 * @param grouping the whole universe or each sector
 * @param columns today's columns, or today's and the whole catalogue
 */
public record BreadthRequest(Universe universe, DateRange range, Grouping grouping, Columns columns)
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
    if (universe == null || range == null || grouping == null || columns == null) {
      throw UseCaseException.invalid(
          "breadth needs a universe, a date range, a grouping and a set of columns");
    }
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
    return parameters;
  }
}
