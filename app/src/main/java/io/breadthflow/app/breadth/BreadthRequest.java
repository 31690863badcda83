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
 */
public record BreadthRequest(Universe universe, DateRange range, Grouping grouping)
    implements RunRequest {

  /** Whose breadth. */
  public enum Grouping {
    UNIVERSE,
    BY_SECTOR
  }

  public BreadthRequest {
    if (universe == null || range == null || grouping == null) {
      throw UseCaseException.invalid("breadth needs a universe, a date range and a grouping");
    }
  }

  @Override
  public String command() {
    return "breadth";
  }

  @Override
  public Map<String, Object> parameters() {
    Map<String, Object> parameters = range.describe(universe);
    parameters.put("grouping", grouping);
    return parameters;
  }
}
