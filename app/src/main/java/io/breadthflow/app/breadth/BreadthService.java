package io.breadthflow.app.breadth;

import io.breadthflow.app.run.Progress;
import io.breadthflow.app.run.Recorded;
import io.breadthflow.app.run.RunRecorder;
import io.breadthflow.app.universe.StoredHistory;
import io.breadthflow.core.breadth.BreadthCatalogue;
import io.breadthflow.core.breadth.BreadthEngine;
import io.breadthflow.core.breadth.BreadthRow;
import io.breadthflow.core.breadth.CatalogueRow;
import io.breadthflow.core.domain.DailyPanel;
import io.breadthflow.store.MarketStore;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Market breadth per session from the stored daily bars, of a universe or of its sectors: today's
 * columns, and on request the whole catalogue.
 */
public final class BreadthService {
  private final MarketStore store;
  private final RunRecorder runs;

  public BreadthService(MarketStore store, RunRecorder runs) {
    this.store = store;
    this.runs = runs;
  }

  /** Computes {@code request} as a recorded run. */
  public Recorded<BreadthReport> breadth(BreadthRequest request, Progress progress) {
    return runs.run(request, id -> compute(request, progress));
  }

  /** Computes {@code request} without recording a run (reads for the API). */
  public BreadthReport compute(BreadthRequest request, Progress progress) {
    DailyPanel panel =
        StoredHistory.load(store, request.universe(), List.of(), request.range(), progress);
    LocalDate start = request.range().start();
    Map<String, List<String>> members = new LinkedHashMap<>();
    if (request.grouping() == BreadthRequest.Grouping.BY_SECTOR) {
      members.putAll(request.universe().symbolsBySector());
    } else {
      members.put(request.universe().name(), panel.symbols());
    }
    Map<String, List<BreadthRow>> groups = new LinkedHashMap<>();
    Map<String, List<CatalogueRow>> catalogue = new LinkedHashMap<>();
    members.forEach(
        (group, symbols) -> {
          int[] rows =
              symbols.stream().mapToInt(panel.symbols()::indexOf).filter(i -> i >= 0).toArray();
          groups.put(group, breadth(panel, rows, start));
          if (request.columns() == BreadthRequest.Columns.ALL) {
            catalogue.put(group, BreadthCatalogue.compute(panel, rows, start));
          }
        });
    return new BreadthReport(
        request,
        groups,
        catalogue,
        panel.symbols().size(),
        BreadthWarmUps.of(request.columns(), panel.sessions()));
  }

  private static List<BreadthRow> breadth(DailyPanel panel, int[] rows, LocalDate from) {
    double[][] close = new double[rows.length][];
    double[][] volume = new double[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      close[i] = panel.close()[rows[i]];
      volume[i] = panel.volume()[rows[i]];
    }
    return BreadthEngine.compute(panel.sessions(), close, volume, from);
  }
}
