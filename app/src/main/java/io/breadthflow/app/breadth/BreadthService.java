package io.breadthflow.app.breadth;

import io.breadthflow.app.run.Progress;
import io.breadthflow.app.run.Recorded;
import io.breadthflow.app.run.RunRecorder;
import io.breadthflow.app.universe.MemberMasks;
import io.breadthflow.app.universe.StoredHistory;
import io.breadthflow.core.breadth.BreadthCatalogue;
import io.breadthflow.core.breadth.BreadthEngine;
import io.breadthflow.core.breadth.BreadthRow;
import io.breadthflow.core.breadth.CatalogueRow;
import io.breadthflow.core.domain.DailyPanel;
import io.breadthflow.core.domain.MemberMask;
import io.breadthflow.ingest.membership.PointInTimeUniverse;
import io.breadthflow.store.MarketStore;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

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

  /**
   * Computes {@code request} without recording a run (reads for the API). Over a point-in-time
   * universe a stock counts on a session only while a member (and, by sector, only in the sector it
   * had then), while its own averages and extremes use its whole stored history.
   */
  public BreadthReport compute(BreadthRequest request, Progress progress) {
    DailyPanel panel =
        StoredHistory.load(store, request.universe(), List.of(), request.range(), progress);
    LocalDate start = request.range().start();
    Map<String, Group> members = new LinkedHashMap<>();
    Optional<PointInTimeUniverse> pointInTime = request.pointInTime();
    int[] everyRow = IntStream.range(0, panel.symbols().size()).toArray();
    if (pointInTime.isPresent()) {
      PointInTimeUniverse universe = pointInTime.get();
      if (request.grouping() == BreadthRequest.Grouping.BY_SECTOR) {
        for (String sector : universe.sectors()) {
          members.put(
              sector,
              new Group(everyRow, universe.sectorMask(panel.symbols(), panel.sessions(), sector)));
        }
      } else {
        members.put(universe.name(), new Group(everyRow, MemberMasks.of(pointInTime, panel)));
      }
    } else if (request.grouping() == BreadthRequest.Grouping.BY_SECTOR) {
      request
          .universe()
          .symbolsBySector()
          .forEach((sector, symbols) -> members.put(sector, Group.fixed(panel, symbols)));
    } else {
      members.put(request.universe().name(), Group.fixed(panel, panel.symbols()));
    }
    Map<String, List<BreadthRow>> groups = new LinkedHashMap<>();
    Map<String, List<CatalogueRow>> catalogue = new LinkedHashMap<>();
    members.forEach(
        (name, group) -> {
          groups.put(name, breadth(panel, group, start));
          if (request.columns() == BreadthRequest.Columns.ALL) {
            catalogue.put(name, BreadthCatalogue.compute(panel, group.rows(), start, group.mask()));
          }
        });
    return new BreadthReport(
        request,
        groups,
        catalogue,
        panel.symbols().size(),
        BreadthWarmUps.of(request.columns(), panel.sessions()));
  }

  private static List<BreadthRow> breadth(DailyPanel panel, Group group, LocalDate from) {
    int[] rows = group.rows();
    double[][] close = new double[rows.length][];
    double[][] volume = new double[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      close[i] = panel.close()[rows[i]];
      volume[i] = panel.volume()[rows[i]];
    }
    MemberMask mask =
        group.mask().isAlways()
            ? MemberMask.all(rows.length, panel.sessions().length)
            : group.mask().select(rows);
    return BreadthEngine.compute(panel.sessions(), close, volume, from, mask);
  }

  /**
   * The panel rows of one breadth group and their membership (over the whole panel).
   *
   * @param rows panel indices of the group's stocks
   * @param mask who counts on which session, indexed like the panel
   */
  private record Group(int[] rows, MemberMask mask) {
    static Group fixed(DailyPanel panel, List<String> symbols) {
      int[] rows =
          symbols.stream().mapToInt(panel.symbols()::indexOf).filter(i -> i >= 0).toArray();
      return new Group(rows, MemberMask.all(panel.symbols().size(), panel.sessions().length));
    }
  }
}
