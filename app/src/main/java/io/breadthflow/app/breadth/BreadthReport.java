package io.breadthflow.app.breadth;

import io.breadthflow.app.run.RunOutcome;
import io.breadthflow.core.breadth.BreadthRow;
import java.util.List;
import java.util.Map;

/**
 * Breadth rows per group (the universe's name, or each sector), in session order.
 *
 * @param request what was asked
 * @param groups rows per group, in order
 * @param symbols symbols with stored bars
 */
public record BreadthReport(
    BreadthRequest request, Map<String, List<BreadthRow>> groups, int symbols)
    implements RunOutcome {

  @Override
  public Map<String, Object> counts() {
    int sessions = groups.values().stream().mapToInt(List::size).max().orElse(0);
    return Map.of("symbols", symbols, "sessions", sessions);
  }
}
