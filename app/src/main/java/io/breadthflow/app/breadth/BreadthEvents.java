package io.breadthflow.app.breadth;

import io.breadthflow.core.breadth.BreadthRow;
import io.breadthflow.core.breadth.CatalogueRow;
import io.breadthflow.core.breadth.Direction;
import io.breadthflow.core.breadth.Omen;
import java.util.ArrayList;
import java.util.List;

/** The breadth events of a group's sessions, read off its rows. */
public final class BreadthEvents {
  private BreadthEvents() {}

  /**
   * The events of {@code rows} and, when not empty, of their {@code catalogue} (one per row, same
   * sessions), in session order; within a session: Hindenburg, Zweig, Whaley, Desmond.
   *
   * @throws IllegalArgumentException when the catalogue does not match the rows
   */
  public static List<BreadthEvent> of(List<BreadthRow> rows, List<CatalogueRow> catalogue) {
    if (!catalogue.isEmpty() && catalogue.size() != rows.size()) {
      throw new IllegalArgumentException(
          "catalogue: " + catalogue.size() + " rows for " + rows.size() + " sessions");
    }
    List<BreadthEvent> events = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      BreadthRow row = rows.get(i);
      CatalogueRow extra = catalogue.isEmpty() ? null : catalogue.get(i);
      if (extra != null && !extra.date().equals(row.date())) {
        throw new IllegalArgumentException(
            "catalogue: row " + i + " is " + extra.date() + ", not " + row.date());
      }
      if (extra != null && extra.hindenburg() == Omen.SIGNAL) {
        events.add(new BreadthEvent(row.date(), BreadthEvent.Kind.HINDENBURG_SIGNAL));
      }
      if (extra != null && extra.hindenburg() == Omen.CONFIRMED) {
        events.add(new BreadthEvent(row.date(), BreadthEvent.Kind.HINDENBURG_CONFIRMED));
      }
      if (row.zbtThrust()) {
        events.add(new BreadthEvent(row.date(), BreadthEvent.Kind.ZWEIG_THRUST));
      }
      if (extra != null) {
        add(
            events,
            extra,
            extra.whaleyThrust(),
            BreadthEvent.Kind.WHALEY_UP,
            BreadthEvent.Kind.WHALEY_DOWN);
        add(
            events,
            extra,
            extra.ninetyPercentDay(),
            BreadthEvent.Kind.DESMOND_UP,
            BreadthEvent.Kind.DESMOND_DOWN);
      }
    }
    return events;
  }

  private static void add(
      List<BreadthEvent> events,
      CatalogueRow row,
      Direction direction,
      BreadthEvent.Kind up,
      BreadthEvent.Kind down) {
    if (direction == Direction.UP) {
      events.add(new BreadthEvent(row.date(), up));
    } else if (direction == Direction.DOWN) {
      events.add(new BreadthEvent(row.date(), down));
    }
  }
}
