package io.breadthflow.app.universe;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.run.Progress;
import io.breadthflow.core.adjust.Adjustment;
import io.breadthflow.core.adjust.PriceAdjuster;
import io.breadthflow.core.domain.DailyPanel;
import io.breadthflow.ingest.universe.Universe;
import io.breadthflow.store.MarketStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the stored daily history a range needs: every stored session of the universe up to the
 * range's end, so that averages and 52-week extremes are warm on its first day. The query decides,
 * not file names: whatever is stored is used; no data in the range is a clear error. Prices are
 * adjusted on read for the stored splits and dividends ({@link PriceAdjuster}, docs/ADJUSTMENT.md).
 */
public final class StoredHistory {
  /** The earliest date read: all stored history. */
  private static final LocalDate BEGINNING = LocalDate.of(1900, 1, 1);

  private StoredHistory() {}

  /**
   * The panel of {@link #load(MarketStore, Universe, List, DateRange, Adjustment, Progress)} with
   * split-adjusted prices, as breadth and signals read them (a split is not a decline).
   */
  public static DailyPanel load(
      MarketStore store,
      Universe universe,
      List<String> extra,
      DateRange range,
      Progress progress) {
    return load(store, universe, extra, range, Adjustment.SPLIT_ADJUSTED, progress);
  }

  /**
   * The panel of {@code universe} plus {@code extra} symbols (such as a benchmark, which the caller
   * checks itself) up to the range's end, prices adjusted as {@code adjustment} says; symbols
   * without any stored bar are noted on {@code progress}.
   *
   * @throws UseCaseException ({@link io.breadthflow.app.Failure#NO_DATA}) when no symbol has a bar
   *     in the range
   */
  public static DailyPanel load(
      MarketStore store,
      Universe universe,
      List<String> extra,
      DateRange range,
      Adjustment adjustment,
      Progress progress) {
    List<String> symbols = new ArrayList<>(universe.symbols());
    extra.stream().filter(s -> !symbols.contains(s)).forEach(symbols::add);
    DailyPanel panel = store.dailyPanel(symbols, BEGINNING, range.end());
    LocalDate[] sessions = panel.sessions();
    if (sessions.length == 0 || sessions[sessions.length - 1].isBefore(range.start())) {
      throw UseCaseException.noData(
          "no stored daily bars for "
              + universe.name()
              + " between "
              + range.start()
              + " and "
              + range.end()
              + "; load them first with 'bf data import' or 'bf data fetch'");
    }
    List<String> missing = new ArrayList<>(universe.symbols());
    missing.removeAll(panel.symbols());
    if (!missing.isEmpty()) {
      progress.note(
          "note: "
              + missing.size()
              + " of "
              + universe.symbols().size()
              + " symbols have no stored bars: "
              + String.join(", ", missing.subList(0, Math.min(10, missing.size())))
              + (missing.size() > 10 ? ", …" : ""));
    }
    return PriceAdjuster.adjust(panel, store::corporateActions, adjustment);
  }
}
