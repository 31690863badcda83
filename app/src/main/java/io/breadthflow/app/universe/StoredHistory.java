package io.breadthflow.cli.selection;

import io.breadthflow.cli.UsageException;
import io.breadthflow.core.domain.DailyPanel;
import io.breadthflow.ingest.universe.Universe;
import io.breadthflow.store.MarketStore;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the stored daily history a range needs: every stored session of the universe up to the
 * range's end, so that averages and 52-week extremes are warm on its first day. The query decides,
 * not file names: whatever is stored is used; no data in the range is a clear error.
 */
public final class StoredHistory {
  /** The earliest date read: all stored history. */
  private static final LocalDate BEGINNING = LocalDate.of(1900, 1, 1);

  private StoredHistory() {}

  /**
   * The panel of {@code universe} up to {@code end}; symbols without any stored bar are named on
   * {@code err}.
   *
   * @throws UsageException when no symbol has a bar between {@code start} and {@code end}
   */
  public static DailyPanel load(
      MarketStore store, Universe universe, LocalDate start, LocalDate end, PrintWriter err) {
    return load(store, universe, List.of(), start, end, err);
  }

  /**
   * As {@link #load(MarketStore, Universe, LocalDate, LocalDate, PrintWriter)}, also reading {@code
   * extra} symbols (such as a benchmark) that the caller checks itself.
   */
  public static DailyPanel load(
      MarketStore store,
      Universe universe,
      List<String> extra,
      LocalDate start,
      LocalDate end,
      PrintWriter err) {
    List<String> symbols = new ArrayList<>(universe.symbols());
    extra.stream().filter(s -> !symbols.contains(s)).forEach(symbols::add);
    DailyPanel panel = store.dailyPanel(symbols, BEGINNING, end);
    LocalDate[] sessions = panel.sessions();
    if (sessions.length == 0 || sessions[sessions.length - 1].isBefore(start)) {
      throw new UsageException(
          "no stored daily bars for "
              + universe.name()
              + " between "
              + start
              + " and "
              + end
              + "; load them first with 'bf data import' or 'bf data fetch'");
    }
    List<String> missing = new ArrayList<>(universe.symbols());
    missing.removeAll(panel.symbols());
    if (!missing.isEmpty()) {
      err.println(
          "note: "
              + missing.size()
              + " of "
              + universe.symbols().size()
              + " symbols have no stored bars: "
              + String.join(", ", missing.subList(0, Math.min(10, missing.size())))
              + (missing.size() > 10 ? ", …" : ""));
    }
    return panel;
  }
}
