package io.breadthflow.app.breadth;

import io.breadthflow.app.run.Progress;
import io.breadthflow.app.run.Recorded;
import io.breadthflow.app.run.RunRecorder;
import io.breadthflow.app.universe.StoredHistory;
import io.breadthflow.core.breadth.BreadthEngine;
import io.breadthflow.core.breadth.BreadthRow;
import io.breadthflow.core.domain.DailyPanel;
import io.breadthflow.store.MarketStore;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Market breadth per session from the stored daily bars, of a universe or of its sectors. */
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
    Map<String, List<BreadthRow>> groups = new LinkedHashMap<>();
    if (request.grouping() == BreadthRequest.Grouping.BY_SECTOR) {
      request
          .universe()
          .symbolsBySector()
          .forEach((sector, symbols) -> groups.put(sector, breadth(panel, symbols, start)));
    } else {
      groups.put(request.universe().name(), breadth(panel, panel.symbols(), start));
    }
    return new BreadthReport(request, groups, panel.symbols().size());
  }

  private static List<BreadthRow> breadth(DailyPanel panel, List<String> symbols, LocalDate from) {
    List<Integer> rows =
        symbols.stream().map(panel.symbols()::indexOf).filter(i -> i >= 0).toList();
    double[][] close = new double[rows.size()][];
    double[][] volume = new double[rows.size()][];
    for (int i = 0; i < rows.size(); i++) {
      close[i] = panel.close()[rows.get(i)];
      volume[i] = panel.volume()[rows.get(i)];
    }
    return BreadthEngine.compute(panel.sessions(), close, volume, from);
  }
}
