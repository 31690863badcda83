package io.breadthflow.ingest.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.breadthflow.core.domain.Instrument;
import io.breadthflow.core.domain.MemberMask;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PointInTimeUniverseTest {
  private static final LocalDate D1 = LocalDate.of(2020, 1, 2);
  private static final LocalDate D2 = LocalDate.of(2020, 1, 3);
  private static final LocalDate D3 = LocalDate.of(2020, 1, 6);
  private static final LocalDate[] SESSIONS = {D1, D2, D3};

  private final PointInTimeUniverse universe =
      new PointInTimeUniverse(
          "idx",
          new MembershipHistory(
              List.of(
                  new MembershipInterval("AAA", D1, D3, "Energy"),
                  new MembershipInterval("BBB", D2, null, "Energy"),
                  new MembershipInterval("BBB", D1.minusYears(1), D1, "Utilities"),
                  new MembershipInterval("CCC", D3, null, ""))));

  @Test
  void theMaskMarksEachSymbolOnTheSessionsOfItsIntervalsAndUnknownSymbolsNever() {
    MemberMask mask = universe.mask(List.of("AAA", "BBB", "CCC", "ZZZ"), SESSIONS);

    assertThat(row(mask, 0)).containsExactly(true, true, false);
    assertThat(row(mask, 1)).containsExactly(false, true, true);
    assertThat(row(mask, 2)).containsExactly(false, false, true);
    assertThat(row(mask, 3)).containsExactly(false, false, false);
  }

  @Test
  void aSectorMaskCountsASymbolOnlyWhileItIsClassifiedInThatSector() {
    MemberMask energy = universe.sectorMask(List.of("AAA", "BBB", "CCC"), SESSIONS, "Energy");

    assertThat(row(energy, 0)).containsExactly(true, true, false);
    assertThat(row(energy, 1)).containsExactly(false, true, true);
    assertThat(row(energy, 2)).containsExactly(false, false, false);
    assertThat(universe.sectors()).containsExactly("Energy", "Utilities");
  }

  @Test
  void everMembersIncludeFormerMembersWithTheSectorOfTheirLatestMembership() {
    assertThat(universe.everMembers().name()).isEqualTo("idx");
    assertThat(universe.everMembers().members())
        .extracting(Instrument::symbol, Instrument::sector)
        .containsExactly(tuple("AAA", "Energy"), tuple("BBB", "Energy"), tuple("CCC", ""));
  }

  private static boolean[] row(MemberMask mask, int s) {
    boolean[] row = new boolean[mask.sessions()];
    for (int t = 0; t < row.length; t++) {
      row[t] = mask.isMember(s, t);
    }
    return row;
  }
}
