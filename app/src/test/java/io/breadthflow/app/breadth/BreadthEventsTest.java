package io.breadthflow.app.breadth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breadthflow.app.breadth.BreadthEvent.Kind;
import io.breadthflow.core.breadth.BreadthRow;
import io.breadthflow.core.breadth.CatalogueRow;
import io.breadthflow.core.breadth.Direction;
import io.breadthflow.core.breadth.Omen;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BreadthEventsTest {
  private static final LocalDate MONDAY = LocalDate.of(2024, 3, 4);

  @Test
  void eachFiredColumnBecomesOneEventOfItsSessionInSessionOrder() {
    List<BreadthRow> rows =
        List.of(row(0, false), row(1, true), row(2, false), row(3, false), row(4, true));
    List<CatalogueRow> catalogue =
        List.of(
            extra(0, Omen.SIGNAL, Direction.NONE, Direction.NONE),
            extra(1, Omen.NONE, Direction.UP, Direction.NONE),
            extra(2, Omen.CONFIRMED, Direction.NONE, Direction.DOWN),
            extra(3, Omen.NONE, Direction.NONE, Direction.NONE),
            extra(4, Omen.CONFIRMED, Direction.DOWN, Direction.UP));

    assertThat(BreadthEvents.of(rows, catalogue))
        .containsExactly(
            event(0, Kind.HINDENBURG_SIGNAL),
            event(1, Kind.ZWEIG_THRUST),
            event(1, Kind.WHALEY_UP),
            event(2, Kind.HINDENBURG_CONFIRMED),
            event(2, Kind.DESMOND_DOWN),
            event(4, Kind.HINDENBURG_CONFIRMED),
            event(4, Kind.ZWEIG_THRUST),
            event(4, Kind.WHALEY_DOWN),
            event(4, Kind.DESMOND_UP));
  }

  @Test
  void withoutTheCatalogueOnlyZweigThrustsAreEvents() {
    assertThat(BreadthEvents.of(List.of(row(0, true), row(1, false)), List.of()))
        .containsExactly(event(0, Kind.ZWEIG_THRUST));
  }

  @Test
  void aCatalogueOfOtherSessionsIsRefused() {
    assertThatThrownBy(
            () ->
                BreadthEvents.of(
                    List.of(row(0, false)),
                    List.of(extra(1, Omen.NONE, Direction.NONE, Direction.NONE))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row 0");
    assertThatThrownBy(
            () ->
                BreadthEvents.of(
                    List.of(row(0, false), row(1, false)),
                    List.of(extra(0, Omen.NONE, Direction.NONE, Direction.NONE))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 rows for 2 sessions");
  }

  @Test
  void eventKindsAreNamedInSnakeCase() {
    assertThat(Kind.HINDENBURG_CONFIRMED.code()).isEqualTo("hindenburg_confirmed");
    assertThat(Kind.DESMOND_UP.code()).isEqualTo("desmond_up");
  }

  private static BreadthEvent event(int day, Kind kind) {
    return new BreadthEvent(MONDAY.plusDays(day), kind);
  }

  private static BreadthRow row(int day, boolean thrust) {
    return new BreadthRow(
        MONDAY.plusDays(day),
        3,
        1,
        0,
        2,
        2,
        3,
        300,
        100,
        1,
        Double.NaN,
        Double.NaN,
        50,
        50,
        0,
        0,
        0.5,
        thrust);
  }

  private static CatalogueRow extra(int day, Omen omen, Direction whaley, Direction ninety) {
    return new CatalogueRow(
        MONDAY.plusDays(day),
        3,
        1,
        0,
        50,
        200,
        50,
        500,
        Double.NaN,
        Double.NaN,
        0,
        0,
        50,
        Double.NaN,
        0,
        50,
        50,
        Double.NaN,
        2,
        Double.NaN,
        Double.NaN,
        omen,
        0.75,
        whaley,
        ninety,
        Double.NaN);
  }
}
