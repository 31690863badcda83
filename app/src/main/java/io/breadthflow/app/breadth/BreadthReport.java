package io.breadthflow.app.breadth;

import io.breadthflow.app.indicators.StableFrom;
import io.breadthflow.app.run.RunOutcome;
import io.breadthflow.core.breadth.BreadthRow;
import io.breadthflow.core.breadth.CatalogueRow;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Breadth rows per group (the universe's name, or each sector), in session order.
 *
 * @param request what was asked
 * @param groups rows per group, in order
 * @param catalogue the catalogue's rows per group, one per row of {@code groups} (empty unless the
 *     request asked for all columns)
 * @param symbols symbols with stored bars
 * @param stableFrom per column, the first session whose value no longer depends on where the stored
 *     history starts ({@link BreadthWarmUps}); null where the history does not reach it or the
 *     column is a running sum
 */
public record BreadthReport(
    BreadthRequest request,
    Map<String, List<BreadthRow>> groups,
    Map<String, List<CatalogueRow>> catalogue,
    int symbols,
    StableFrom<LocalDate> stableFrom)
    implements RunOutcome {

  @Override
  public Map<String, Object> counts() {
    int sessions = groups.values().stream().mapToInt(List::size).max().orElse(0);
    return Map.of("symbols", symbols, "sessions", sessions);
  }
}
